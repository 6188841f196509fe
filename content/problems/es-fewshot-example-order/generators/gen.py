"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)

# defaults: 8 examples, a budget that fits about half of them, penalties of mixed size
n = 8
u_hi, p_choices, fit = 100, None, 0.5
if idx == 1:
    n = 1
elif idx == 2:
    n = 2
elif idx == 3:
    n, u_hi = rng.randint(4, 6), 0          # no example helps: the best is a single example, score 0
elif idx == 4:
    fit = 0.0                               # only single examples fit
elif idx == 5:
    n, fit, p_choices = 7, 1.0, [0, 0, 1, 3, 8]   # everything fits, small penalties
elif idx == 6:
    u_hi, p_choices, fit = 1, [0, 1], 0.7   # many ties
elif idx in (7, 8, 12):
    # everything (or most) fits but many pairs clash: the best prompt leaves examples out
    fit = 1.0 if idx != 12 else 0.8
    p_choices = [0, 500, 700, 800, 1000]
elif idx in (9, 10):
    n, fit = rng.randint(6, 7), rng.choice([0.4, 0.6])
else:
    fit = 1.0 if idx == 11 else 0.6  # 11: everything fits

length = [rng.randint(1, 60) if rng.random() < 0.8 else rng.randint(60, 200) for _ in range(n)]
use = [rng.randint(0, u_hi) for _ in range(n)]
if fit == 0.0:
    budget = max(max(length), sum(sorted(length)[:2]) - 1)
    if sum(sorted(length)[:2]) <= budget:   # make the two shortest not fit together
        length = [max(x, budget // 2 + 1) for x in length]
        budget = max(budget, max(length))
elif fit == 1.0:
    budget = sum(length) + rng.randint(0, 50)
else:
    budget = max(max(length), int(sum(length) * fit))
pen = [[0] * n for _ in range(n)]
for a in range(n):
    for b in range(n):
        if a != b:
            pen[a][b] = rng.choice(p_choices) if p_choices else rng.randint(0, rng.choice([30, 150, 400, 1000]))
print(n, budget)
for i in range(n):
    print(length[i], use[i])
for row in pen:
    print(" ".join(map(str, row)))
