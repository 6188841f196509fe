# Control: an uncaught exception; the traceback must reach the user.
a, b = map(int, input().split())
raise KeyError("hostile-traceback-marker")
