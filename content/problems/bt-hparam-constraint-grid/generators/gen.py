#!/usr/bin/env python3
"""Test generator for bt-hparam-constraint-grid.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Profiles: no rules, nothing valid, rules written with the larger parameter first, dense rules that
prune early, sparse rules on the last parameters (a full-size search), one-value domains."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (n, max domain, rules, profile)
PROFILES = {1: (1, 1, 0, "random"), 2: (3, 3, 0, "random"), 3: (4, 3, 6, "random"), 4: (2, 2, 4, "all"),
            5: (6, 3, 10, "reversed"), 6: (8, 4, 30, "dense"), 7: (10, 4, 3, "tail"), 8: (10, 4, 45, "random"),
            9: (10, 4, 20, "reversed"), 10: (9, 4, 60, "dense"), 11: (10, 1, 0, "random"), 12: (10, 4, 12, "tail")}
n, dmax, m, profile = PROFILES[case]
d = [rng.randint(max(1, dmax - 1), dmax) for _ in range(n)] if dmax > 1 else [1] * n
rules = set()
if profile == "all":  # forbid every pair of values of params 1 and 2
    rules = {(1, x, 2, y) for x in range(1, d[0] + 1) for y in range(1, d[1] + 1)}
else:
    tries = 0
    while len(rules) < m and tries < 10000:
        tries += 1
        if profile == "tail":
            a, b = rng.sample(range(n - 3, n), 2)
        else:
            a, b = rng.sample(range(n), 2)
        if profile == "reversed" and a < b:
            a, b = b, a
        if profile != "reversed" and profile != "random" and a > b:
            a, b = b, a
        rules.add((a + 1, rng.randint(1, d[a]), b + 1, rng.randint(1, d[b])))
rules = sorted(rules)
rng.shuffle(rules)
print(n, len(rules))
print(*d)
for r in rules:
    print(*r)
