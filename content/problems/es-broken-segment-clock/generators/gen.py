"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

DIGITS = ["abcdef", "bc", "abdeg", "abcdg", "bcfg", "acdfg", "acdefg", "abc", "abcdefg", "abcdfg"]
seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx == 1:
    dead = [set() for _ in range(4)]
else:
    maxdead = 1 if idx <= 4 else (3 if idx <= 9 else 5)
    dead = [set(rng.sample("abcdefg", rng.randint(0, maxdead))) for _ in range(4)]
q = rng.randint(3, 10) if idx <= 4 else 100


def fmt(s):
    chars = sorted(s)  # sorted first: set order depends on the hash seed
    rng.shuffle(chars)
    return "".join(chars) if chars else "-"


print(" ".join(fmt(d) for d in dead))
print(q)
for _ in range(q):
    t = rng.randrange(1440)
    h, m = divmod(t, 60)
    ds = (h // 10, h % 10, m // 10, m % 10)
    look = [set(DIGITS[d]) - dead[p] for p, d in enumerate(ds)]
    r = rng.random()
    if r < 0.2:
        # a misread: flip one segment that is not dead (may give 0 possible times)
        p = rng.randrange(4)
        s = rng.choice(sorted(set("abcdefg") - dead[p]) or ["a"])
        look[p] ^= {s}
    elif r < 0.3:
        # something random
        look = [set(rng.sample("abcdefg", rng.randint(0, 7))) for _ in range(4)]
    print(" ".join(fmt(s) for s in look))
