"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)

Most puzzles are made by writing a true sum of random numbers and replacing each digit by a
letter (so at least one solution exists); a few are random words."""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + idx)
if idx <= 2:
    k, maxlen = 2, 2
elif idx <= 5:
    k, maxlen = rng.randint(2, 3), rng.randint(3, 4)
else:
    k, maxlen = rng.randint(2, 5), rng.randint(4, 8)
letters = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
rng.shuffle(letters)
code = dict(zip("0123456789", letters[:10]))
if idx in (5, 11):
    # random words over a small alphabet: maybe solvable, maybe not
    pool = letters[:rng.randint(4, 9)]
    words = ["".join(rng.choice(pool) for _ in range(rng.randint(1, maxlen))) for _ in range(k)]
    res = "".join(rng.choice(pool) for _ in range(max(len(w) for w in words) + rng.randint(0, 1)))
    print("+".join(words) + "=" + res)
    sys.exit()
while True:
    nums = []
    for _ in range(k):
        ln = rng.randint(1, maxlen)
        nums.append(rng.randint(10 ** (ln - 1) if ln > 1 else 0, 10 ** ln - 1))
    total = sum(nums)
    if len(str(total)) <= 8 and len(set("".join(map(str, nums + [total])))) <= 10:
        break
print("+".join("".join(code[ch] for ch in str(x)) for x in nums) + "=" + "".join(code[ch] for ch in str(total)))
