"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)

A hidden Latin square is drawn; the inequalities and the revealed cells agree with it,
so every input except case 11 (one reversed inequality) has a solution."""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 3)
elif idx <= 5:
    n = rng.randint(3, 4)
else:
    n = 5
# random Latin square: cyclic square, then shuffle rows, columns and symbols, then random 2x2 flips
sq = [[(r + c) % n for c in range(n)] for r in range(n)]
rng.shuffle(sq)
cols = list(range(n))
rng.shuffle(cols)
sym = list(range(1, n + 1))
rng.shuffle(sym)
sq = [[sym[row[c]] for c in cols] for row in sq]
pairs = []
for r in range(n):
    for c in range(n):
        if c + 1 < n:
            pairs.append((r, c, r, c + 1))
        if r + 1 < n:
            pairs.append((r, c, r + 1, c))
rng.shuffle(pairs)
k = rng.randint(0, len(pairs)) if idx != 12 else len(pairs)
if idx >= 6 and idx != 12:
    k = rng.randint(len(pairs) // 4, len(pairs) * 3 // 4)
cons = []
for r1, c1, r2, c2 in pairs[:k]:
    if sq[r1][c1] < sq[r2][c2]:
        cons.append((r1, c1, r2, c2))
    else:
        cons.append((r2, c2, r1, c1))
if idx == 11 and cons:
    # one reversed inequality: the hidden square no longer fits, usually no grid does
    r1, c1, r2, c2 = cons[0]
    cons[0] = (r2, c2, r1, c1)
reveal = rng.uniform(0.0, 0.3)
print(n, len(cons))
for r in range(n):
    print(*[sq[r][c] if rng.random() < reveal else 0 for c in range(n)])
for r1, c1, r2, c2 in cons:
    print(r1 + 1, c1 + 1, r2 + 1, c2 + 1)
