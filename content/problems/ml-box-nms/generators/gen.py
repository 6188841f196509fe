#!/usr/bin/env python3
"""Test generator for ml-box-nms.
usage: python3 gen.py SEED CASE_INDEX > case.in   (deterministic, stdlib only)
Detections cluster around a few objects (jittered copies of one box), with several classes on the
same object, equal scores, zero-area boxes, and pairs whose IoU is exactly the threshold."""
import random
import sys

seed, case = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 1000 + case)

# case -> (objects, detections per object, classes, threshold, extras)
PROFILES = {1: (1, 1, 1, "0.5", []), 2: (1, 4, 1, "0.5", []), 3: (2, 4, 2, "0.3", ["same-object-classes"]),
            4: (3, 3, 1, "0.5", ["exact"]), 5: (2, 5, 2, "0.7", ["ties"]), 6: (4, 3, 3, "0.45", ["degenerate"]),
            7: (10, 8, 3, "0.5", ["exact", "ties"]), 8: (30, 10, 5, "0.6", ["same-object-classes"]),
            9: (100, 10, 10, "0.5", ["exact", "degenerate"]), 10: (200, 5, 1, "0.3", []),
            11: (50, 20, 4, "0.55", ["ties", "same-object-classes"]), 12: (1000, 1, 1, "0.5", [])}
objects, per, classes, t, extras = PROFILES[case]
boxes = []


def clamp(v):
    return max(0, min(10000, v))


def score():
    if "ties" in extras:
        return rng.choice(["0.9", "0.8", "0.5"])
    return f"{rng.randint(1, 1000) / 1000:.3f}"


for _ in range(objects):
    w, h = rng.randint(10, 600), rng.randint(10, 600)
    x, y = rng.randint(0, 10000 - w), rng.randint(0, 10000 - h)
    cls = rng.randrange(classes)
    for _ in range(per):
        jx, jy = rng.randint(-w // 4, w // 4), rng.randint(-h // 4, h // 4)
        c = rng.randrange(classes) if "same-object-classes" in extras else cls
        boxes.append([clamp(x + jx), clamp(y + jy), clamp(x + jx + w), clamp(y + jy + h), score(), c])
    if "exact" in extras:
        # Two boxes of width 2u side by side, overlapping by u (IoU = u / 3u = 1/3) or sharing half
        # (IoU = 1/2): equal to the threshold when it is 0.5, so neither suppresses the other.
        u = rng.randint(5, 100)
        x0, y0 = rng.randint(0, 9000), rng.randint(0, 9000)
        boxes.append([x0, y0, x0 + 3 * u, y0 + 2 * u, "0.95", cls])
        boxes.append([x0 + u, y0, x0 + 4 * u, y0 + 2 * u, "0.94", cls])  # IoU = 4u^2 / 8u^2 = 0.5
    if "degenerate" in extras:
        x0, y0 = rng.randint(0, 9000), rng.randint(0, 9000)
        boxes.append([x0, y0, x0, y0 + rng.randint(0, 50), score(), cls])  # zero width: IoU 0 with anything
rng.shuffle(boxes)
print(len(boxes), t)
for b in boxes:
    print(*b)
