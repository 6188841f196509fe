"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 4)
elif idx <= 5:
    n = rng.randint(6, 10)
else:
    n = 14
c = [rng.randint(1, 100) for _ in range(n)]
g = [rng.randint(0, 100) for _ in range(n)]
# features belong to "groups" of similar signals; pairs inside a group are very redundant
groups = [rng.randrange(max(1, n // 3)) for _ in range(n)]
p = [[0] * n for _ in range(n)]
for i in range(n):
    for j in range(i + 1, n):
        if groups[i] == groups[j]:
            v = rng.randint(20, 100)
        else:
            v = rng.randint(0, 15) if rng.random() < 0.5 else 0
        p[i][j] = p[j][i] = v
total = sum(c)
B = rng.randint(total // 4, total * 3 // 4) if idx != 3 else 0
if idx == 12:
    B = min(1000, total)  # everything fits; the penalties alone decide
B = min(B, 1000)
print(n, B)
print(*c)
print(*g)
for row in p:
    print(*row)
