"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    E = rng.randint(1, 12)
elif idx <= 5:
    E = rng.randint(50, 500)
elif idx <= 9:
    E = rng.randint(1000, 3000) if idx <= 7 else 3000
else:  # the largest cases
    E = 10000
W = rng.choice([0, rng.randint(0, min(E, 20)), rng.randint(0, E // 10)])
base = round(rng.uniform(0.01, 1.0), 4)
min_lr = round(rng.uniform(0.0001, base), 4) if rng.random() < 0.5 else 0.0001
min_lr = max(0.0001, min(min_lr, base))
factor = round(rng.uniform(0.05, 0.95), 2)
patience = rng.choice([0, 1, 2, rng.randint(0, 10), rng.randint(0, 100)])
cooldown = rng.choice([0, 1, rng.randint(0, 5), rng.randint(0, 100)])
threshold = rng.choice([0, rng.randint(0, 20), rng.randint(0, 10000)])
if E > 1000:
    patience = rng.randint(0, 30)
    cooldown = rng.randint(0, 20)
# a noisy decaying loss curve with plateaus and occasional spikes
v = []
level = rng.uniform(2000, 900000)
for e in range(E):
    if rng.random() < 0.3:
        level *= rng.uniform(0.9, 1.0)
    noise = rng.gauss(0, level * rng.choice([0.001, 0.02]))
    x = int(max(0, min(10 ** 6, level + noise)))
    if rng.random() < 0.1:
        x = v[-1] if v else x  # exact ties with the previous value
    v.append(x)
print(E, W)
print(base, factor, min_lr)
print(patience, cooldown, threshold)
print(*v)
