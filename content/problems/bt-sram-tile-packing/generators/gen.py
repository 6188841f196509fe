"""python3 gen.py SEED CASE_INDEX > case.in  (deterministic, stdlib only)

Cases are random tile lists; the generator counts the layouts itself (same search as the
reference) and keeps a candidate only if the answer is at most 5000 and the search is small."""
import random
import sys

LIMIT_ANSWER = 5000
LIMIT_NODES = 60000


class TooBig(Exception):
    pass


def count(R, C, tiles):
    """(number of layouts, search nodes); raises TooBig when the search grows too large."""
    N = R * C
    empty = N - sum(h * w for h, w in tiles)
    if empty < 0:
        return 0, 1
    kinds = {}
    for h, w in tiles:
        key = (min(h, w), max(h, w))
        kinds[key] = kinds.get(key, 0) + 1
    keys = sorted(kinds)
    left = [kinds[k] for k in keys]
    place = []
    for a, b in keys:
        per = [[] for _ in range(N)]
        for h, w in ([(a, b)] if a == b else [(a, b), (b, a)]):
            for r in range(R - h + 1):
                for c in range(C - w + 1):
                    m = 0
                    for i in range(h):
                        m |= ((1 << w) - 1) << ((r + i) * C + c)
                    per[r * C + c].append(m)
        place.append(per)
    full = (1 << N) - 1
    nodes = [0]

    def go(occ, e):
        nodes[0] += 1
        if nodes[0] > LIMIT_NODES:
            raise TooBig
        if occ == full:
            return 1
        p = (~occ & (occ + 1)).bit_length() - 1
        total = 0
        if e:
            total += go(occ | (1 << p), e - 1)
        for t in range(len(keys)):
            if left[t]:
                left[t] -= 1
                for m in place[t][p]:
                    if not occ & m:
                        total += go(occ | m, e)
                left[t] += 1
        return total

    return go(0, empty), nodes[0]


def random_tiles(rng, R, C, K, empty, sides, square_bias):
    """K tiles of total area R*C - empty (if possible), each fitting the grid in some orientation."""
    rem = R * C - empty
    tiles = []
    for i in range(K):
        rest = K - i - 1
        opts = [(h, w) for h in sides for w in sides
                if h * w <= rem - rest and ((h <= R and w <= C) or (h <= C and w <= R))]
        if i == K - 1:
            opts = [t for t in opts if t[0] * t[1] == rem]
        if not opts:
            return None
        sq = [t for t in opts if t[0] == t[1]]
        t = rng.choice(sq) if sq and rng.random() < square_bias else rng.choice(opts)
        if rng.random() < 0.5:
            t = (t[1], t[0])
        tiles.append(t)
        rem -= t[0] * t[1]
    return tiles


def pick(rng, make, ok, tries):
    """Best candidate (largest answer) among `tries` made by make() that satisfy ok(ans)."""
    best = None
    for _ in range(tries * 50):
        cand = make()
        if cand[2] is None:
            continue
        R, C, tiles = cand
        try:
            ans, _ = count(R, C, tiles)
        except TooBig:
            continue
        if ans > LIMIT_ANSWER or not ok(ans):
            continue
        if best is None or ans > best[0]:
            best = (ans, cand)
        tries -= 1
        if tries == 0:
            break
    return best[1]


def main():
    seed, idx = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1000 + idx)
    S = range(1, 7)
    if idx == 1:      # tiny
        mk = lambda: (lambda R, C: (R, C, random_tiles(rng, R, C, rng.randint(1, 3), rng.randint(0, 2), S, 0.3)))(rng.randint(1, 3), rng.randint(1, 3))
        case = pick(rng, mk, lambda a: a > 0, 1)
    elif idx == 2:    # a single row: only 1×k tiles fit
        C = rng.randint(4, 6)
        mk = lambda: (1, C, random_tiles(rng, 1, C, rng.randint(2, 3), rng.randint(0, 2), S, 0.2))
        case = pick(rng, mk, lambda a: a > 0, 1)
    elif idx == 3:    # total tile area exceeds the grid
        R, C = rng.randint(3, 5), rng.randint(3, 5)
        tiles = random_tiles(rng, R, C, rng.randint(3, 6), 0, S, 0.3)
        big = max(range(len(tiles)), key=lambda i: tiles[i][0] * tiles[i][1])
        h, w = tiles[big]
        tiles[big] = (h, w + 1) if w < 6 else (h + 1, w)
        case = (R, C, tiles)
    elif idx == 4:    # the area fits but the shapes do not
        mk = lambda: (lambda R, C: (R, C, random_tiles(rng, R, C, rng.randint(2, 5), rng.randint(0, 3), S, 0.5)))(rng.randint(3, 5), rng.randint(3, 5))
        case = pick(rng, mk, lambda a: a == 0, 1)
    elif idx == 5:    # exact cover, no empty cell
        mk = lambda: (lambda R, C: (R, C, random_tiles(rng, R, C, rng.randint(5, 8), 0, S, 0.3)))(rng.randint(4, 6), rng.randint(4, 6))
        case = pick(rng, mk, lambda a: a > 0, 8)
    elif idx == 6:    # many small squares (1×1 and 2×2)
        mk = lambda: (lambda R, C: (R, C, random_tiles(rng, R, C, rng.randint(6, 10), rng.randint(0, 2), [1, 2, 3], 0.7)))(rng.randint(4, 5), rng.randint(4, 6))
        case = pick(rng, mk, lambda a: a > 0, 8)
    elif idx == 7:    # identical dominoes (given in both orientations)
        R, C = rng.choice([(4, 4), (4, 5), (3, 6), (5, 4)])
        k = (R * C) // 2 - rng.randint(0, 1)
        while True:
            tiles = [(1, 2) if rng.random() < 0.5 else (2, 1) for _ in range(k)]
            try:
                ans, _ = count(R, C, tiles)
            except TooBig:
                k -= 1
                continue
            if ans <= LIMIT_ANSWER:
                break
            k -= 1
        case = (R, C, tiles)
    elif idx == 8:    # one big square and a few long bars
        R, C = 6, 6
        def mk():
            s = rng.randint(2, 4)
            rest = random_tiles(rng, R, C, rng.randint(3, 6), s * s + rng.randint(0, 4), range(1, 7), 0.1)
            return (R, C, None if rest is None else [(s, s)] + rest)
        case = pick(rng, mk, lambda a: a > 0, 8)
    else:             # large random grids, up to 10 tiles, a few empty cells
        mk = lambda: (lambda R, C: (R, C, random_tiles(rng, R, C, rng.randint(6, 10), rng.randint(0, 3), S, 0.35)))(rng.randint(5, 6), rng.randint(5, 6))
        case = pick(rng, mk, lambda a: a > 0, 10)
    R, C, tiles = case
    rng.shuffle(tiles)
    print(R, C, len(tiles))
    for h, w in tiles:
        print(h, w)


main()
