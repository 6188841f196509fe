#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)

if idx == 1:
    sizes, x = [1], rng.randint(1, 10)
elif idx == 2:
    sizes, x = [4, 6], 7                                  # odd target, even bundles -> -1
elif idx == 3:
    sizes, x = [1, 3, 4], 6                               # greedy 4+1+1, best 3+3
elif idx == 4:
    sizes, x = rng.sample(range(2, 15), 3), rng.randint(20, 60)
elif idx == 5:
    sizes, x = [7, 12, 30], 1000
elif idx == 6:
    sizes, x = rng.sample(range(1, 200), 5), 5000
elif idx == 7:
    sizes, x = [1, 8, 24, 168, 720], 100000               # hour, workday, day, week, month
elif idx == 8:
    sizes, x = [9973, 9967, 13, 17], 99991
elif idx == 9:
    sizes = rng.sample(range(2, 1000), 20)
    x = 100000
elif idx == 10:
    sizes, x = [100000], 99999                            # a single bundle bigger than needed -> -1
elif idx == 11:
    sizes, x = [6, 10, 15], 99991
else:
    sizes = rng.sample(range(500, 3000), 20)
    x = 99989
rng.shuffle(sizes)
print(len(sizes), x)
print(" ".join(map(str, sizes)))
