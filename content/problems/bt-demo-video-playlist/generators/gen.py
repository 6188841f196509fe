"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 4)
elif idx <= 5:
    n = rng.randint(6, 11)
else:
    n = 15
# track lengths on a coarse grid (like 30-second steps) create many equal sums
step = rng.choice([1, 10, 30])
d = [step * rng.randint(1, 1000 // step) for _ in range(n)]
if idx in (8, 12):
    d = [step * rng.randint(1, 6) for _ in range(n)]
# T is the sum of a random subset (so usually reachable), sometimes nudged off
k = rng.randint(1, n)
T = sum(rng.sample(d, k))
if idx in (4, 9):
    T += 1
T = max(1, min(T, 10000))
print(n, T)
print(*d)
