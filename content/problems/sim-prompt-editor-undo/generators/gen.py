"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    n = rng.randint(1, 12)
elif idx <= 5:
    n = rng.randint(100, 3000)
elif idx <= 9:
    n = 10000
else:  # the largest cases
    n = 50000
# command mix varies per case; bursts of U followed by new edits exercise the redo rule
w = {"I": rng.uniform(2, 6), "L": rng.uniform(0.5, 2), "R": rng.uniform(0.5, 2),
     "B": rng.uniform(0.5, 2), "U": rng.uniform(0.5, 3), "Y": rng.uniform(0.3, 2)}
if idx == 12:
    w["U"], w["Y"], w["B"] = 0.2, 0.1, 4  # deletes dominate, text often empty
ops = list(w)
weights = [w[o] for o in ops]
cmds = []
while len(cmds) < n:
    if rng.random() < 0.02:
        k = rng.randint(1, 30)
        cmds += ["U"] * k
        continue
    o = rng.choices(ops, weights)[0]
    cmds.append(f"I {chr(97 + rng.randrange(26))}" if o == "I" else o)
cmds = cmds[:n]
print(n)
print("\n".join(cmds))
