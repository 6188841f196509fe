# Control: a correct A+B in Python (CPython probes nscd over AF_UNIX at start-up: must not die).
a, b = map(int, input().split())
print(a + b)
