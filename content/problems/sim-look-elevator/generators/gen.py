"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    F, cap, n = rng.randint(2, 6), rng.randint(1, 3), rng.randint(1, 6)
elif idx <= 5:
    F, cap, n = rng.randint(5, 15), rng.randint(1, 6), rng.randint(30, 300)
else:
    F, cap, n = 30, rng.choice([1, 4, 10, 20]), 2000
# traffic patterns: lobby-heavy mornings, evenings, random inter-floor trips; quiet gaps make it idle
mode = rng.choice(["morning", "evening", "mixed"])
gap_scale = rng.choice([0.5, 3, 15])
t = 0
print(F, cap, n)
out = []
for _ in range(n):
    if rng.random() < 0.02:
        t += rng.randint(0, 500)
    else:
        t += int(rng.expovariate(1.0 / gap_scale))
    t = min(t, 100000)
    r = rng.random()
    if mode == "morning" and r < 0.7:
        a, b = 1, rng.randint(2, F)
    elif mode == "evening" and r < 0.7:
        a, b = rng.randint(2, F), 1
    else:
        a = rng.randint(1, F)
        b = rng.randint(1, F - 1)
        if b >= a:
            b += 1
    out.append(f"{t} {a} {b}")
print("\n".join(out))
