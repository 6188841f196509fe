"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 6)
elif idx <= 5:
    n = rng.randint(10, 24)
else:
    n = 34 if idx >= 8 else rng.randint(28, 34)
# small values make many equal sums (boundary matters); huge values test 64-bit sums
if idx in (9, 12):
    h = [rng.randint(10 ** 11, 10 ** 12) for _ in range(n)]
elif idx % 2 == 0:
    h = [rng.randint(1, 20) for _ in range(n)]
else:
    h = [rng.randint(1, 10 ** rng.randint(2, 6)) for _ in range(n)]
total = sum(h)
a = rng.randint(1, max(1, total))
b = rng.randint(1, max(1, total))
L, R = min(a, b), max(a, b)
if idx == 10:
    L = R = total // 2 or 1
if idx == 11:
    L, R = 1, 4 * 10 ** 13  # every non-empty subset
print(n, L, R)
print(*h)
