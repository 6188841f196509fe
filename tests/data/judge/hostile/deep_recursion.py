# Python recursion with the limit lifted.
import sys
sys.setrecursionlimit(1 << 30)
def down(n):
    return down(n + 1) + 1
print(down(0))
