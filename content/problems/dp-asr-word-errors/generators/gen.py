#!/usr/bin/env python3
"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)"""
import random
import sys

seed, idx = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000003 + idx)

BASE = ("the model gpu data train loss batch token speech error rate is a of to and we "
        "decoder encoder attention layer weight learning step epoch audio word").split()
SYL = "ka ri no mo ta se un pi ra lo de vi".split()


def vocab(k):
    words = BASE[:]
    while len(words) < k:
        w = "".join(rng.choice(SYL) for _ in range(rng.randint(1, 3)))
        if w not in words:
            words.append(w)
    return words[:k]


def corrupt(ref, rate, words, mmax):
    """simulate an ASR hypothesis: substitutions, deletions, insertions at the given rate."""
    hyp = []
    for w in ref:
        r = rng.random()
        if r < rate / 3:
            hyp.append(rng.choice(words))                 # substitution (maybe the same word)
        elif r < 2 * rate / 3:
            pass                                          # deletion
        elif r < rate:
            hyp.append(w)
            hyp.append(rng.choice(words))                 # insertion
        else:
            hyp.append(w)
    return hyp[:mmax]


# (N, vocabulary size, error rate or None for an unrelated random hypothesis, M for random)
if idx == 1:
    ref, hyp = ["hello"], []
elif idx == 2:
    ref = "the model is a model".split()
    hyp = ref[:]
else:
    PROFILES = {3: (6, 5, 0.5), 4: (10, 4, None, 7), 5: (40, 12, 0.3), 6: (300, 30, 0.1),
                7: (1000, 40, 0.05), 8: (1000, 40, 0.3), 9: (1000, 200, None, 1000),
                10: (1000, 3, None, 1000), 11: (1000, 25, 0.6), 12: (1000, 30, 0.15)}
    p = PROFILES[idx]
    words = vocab(p[1])
    ref = [rng.choice(words) for _ in range(p[0])]
    if p[2] is None:
        hyp = [rng.choice(words) for _ in range(p[3])]
    else:
        hyp = corrupt(ref, p[2], words, 1000)
print(len(ref))
print(" ".join(ref))
print(len(hyp))
print(" ".join(hyp))
