"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n, m = rng.randint(1, 3), rng.randint(1, 8)
elif idx <= 5:
    n, m = rng.randint(4, 7), rng.randint(10, 25)
else:
    n, m = 10, 40 if idx >= 8 else rng.randint(30, 40)
label = [rng.randint(0, 1) for _ in range(m)]
# models come in "families" that share most of their mistakes, so the individually
# strongest models are often redundant and a smaller or more diverse committee wins
families = []
for _ in range(rng.randint(2, 4)):
    err_rate = rng.uniform(0.15, 0.4)
    families.append([rng.random() < err_rate for _ in range(m)])
lines = []
for _ in range(n):
    fam = rng.choice(families)
    own = rng.uniform(0.0, 0.12)
    row = []
    for j in range(m):
        wrong = fam[j]
        if rng.random() < own:
            wrong = not wrong
        row.append(str(label[j] ^ int(wrong)))
    lines.append("".join(row))
print(n, m)
print("".join(map(str, label)))
print("\n".join(lines))
