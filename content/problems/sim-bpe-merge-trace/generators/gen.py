"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)

Words are built from a few random "syllables" so merges fire often. Rules come from
(a) a small BPE training run on the words (a consistent merge list),
(b) the same list with some ranks shuffled (a hand-edited merges file), or
(c) random substrings of the words cut into two parts."""
import random
import sys

MAX_WORD = 50
MAX_PAIR = 20


def merge_all(toks, x, y):
    out, i = [], 0
    while i < len(toks):
        if i + 1 < len(toks) and toks[i] == x and toks[i + 1] == y:
            out.append(x + y)
            i += 2
        else:
            out.append(toks[i])
            i += 1
    return out


def train(words, count):
    corpus = [list(w) for w in words]
    rules = []
    while len(rules) < count:
        freq = {}
        for t in corpus:
            for i in range(len(t) - 1):
                if len(t[i]) + len(t[i + 1]) <= MAX_PAIR:
                    p = (t[i], t[i + 1])
                    freq[p] = freq.get(p, 0) + 1
        if not freq:
            break
        p = min(freq, key=lambda k: (-freq[k], k))
        rules.append(p)
        corpus = [merge_all(t, *p) for t in corpus]
    return rules


def make_words(rng, q, alphabet, max_len):
    sylls = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(4, 10))]
    words = []
    for _ in range(q):
        r = rng.random()
        if r < 0.1:   # a run of one letter
            w = rng.choice(alphabet) * rng.randint(1, max_len)
        elif r < 0.2:  # random letters
            w = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, max_len)))
        else:
            w = ""
            target = rng.randint(1, max_len)
            while len(w) < target:
                w += rng.choice(sylls)
            w = w[:max_len]
        words.append(w)
    return words


def random_rules(rng, words, count, alphabet):
    rules, seen = [], set()
    for _ in range(count * 20):
        if len(rules) == count:
            break
        w = rng.choice(words)
        if len(w) < 2 or rng.random() < 0.05:
            s = "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 5)))
        else:
            ln = rng.randint(2, min(len(w), rng.choice([2, 3, 4, 6, 10])))
            st = rng.randint(0, len(w) - ln)
            s = w[st:st + ln]
        cut = rng.randint(1, len(s) - 1)
        p = (s[:cut], s[cut:])
        if p not in seen:
            seen.add(p)
            rules.append(p)
    return rules


def shuffle_some(rng, rules, frac):
    rules = rules[:]
    for _ in range(int(len(rules) * frac)):
        i, j = rng.randrange(len(rules)), rng.randrange(len(rules))
        rules[i], rules[j] = rules[j], rules[i]
    return rules


def main():
    seed, idx = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1000 + idx)
    if idx == 1:
        alphabet, q, m, max_len, mode = "ab", 3, 3, 6, "random"
    elif idx == 2:
        alphabet, q, m, max_len, mode = "abcd", 8, 6, 12, "none"
    elif idx == 3:
        alphabet, q, m, max_len, mode = "a", 20, 0, 20, "runs"
    elif idx == 4:
        alphabet, q, m, max_len, mode = "abcdef", 60, 60, 20, "train"
    elif idx == 5:
        alphabet, q, m, max_len, mode = "abcdef", 80, 80, 25, "edited"
    elif idx == 6:
        alphabet, q, m, max_len, mode = "abc", 150, 150, 30, "random"
    elif idx == 7:
        alphabet, q, m, max_len, mode = "abcde", 200, 250, 40, "random"
    else:
        alphabet = "abcdefghijklmnopqrstuvwxyz"[:rng.choice([2, 3, 4, 6, 8])]
        q, m, max_len = 300, 500, MAX_WORD
        mode = ["train", "edited", "random", "mixed", "edited"][idx - 8]
    words = make_words(rng, q, alphabet, max_len)
    if mode == "none":
        rules = [(rng.choice("xyz"), rng.choice("xyz") + "q") for _ in range(m)]
        rules = list(dict.fromkeys(rules))
    elif mode == "runs":
        words = ["a" * rng.randint(1, 20) for _ in range(q)]
        words[:4] = ["a", "aa", "aaa", "a" * 20]
        rules = [("a", "a"), ("aa", "a"), ("aaaa", "aaaa"), ("aa", "aa")]
        if rng.random() < 0.5:
            rules[1], rules[2] = rules[2], rules[1]
    elif mode == "train":
        rules = train(words, m)
    elif mode == "edited":
        rules = shuffle_some(rng, train(words, m), 0.15)
    elif mode == "random":
        rules = random_rules(rng, words, m, alphabet)
    else:
        half = train(words, m // 2)
        extra = [p for p in random_rules(rng, words, m, alphabet) if p not in set(half)]
        rules = half + extra[:m - len(half)]
        rng.shuffle(rules)
    print(len(rules), len(words))
    for x, y in rules:
        print(x, y)
    print("\n".join(words))


main()
