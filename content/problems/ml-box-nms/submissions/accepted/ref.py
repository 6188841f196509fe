# Reference: class-aware greedy NMS. Boxes in score order (ties: smaller index first); a box is
# kept unless a kept box of the same class overlaps it with IoU > t.
import sys


def iou(a, b):
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    inter = iw * ih if iw > 0 and ih > 0 else 0
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


def main():
    data = sys.stdin.read().split()
    n, t = int(data[0]), float(data[1])
    boxes = []
    for i in range(n):
        x1, y1, x2, y2 = (int(v) for v in data[2 + 6 * i: 6 + 6 * i])
        score, cls = float(data[6 + 6 * i]), int(data[7 + 6 * i])
        boxes.append((x1, y1, x2, y2, score, cls, i + 1))
    order = sorted(boxes, key=lambda b: (-b[4], b[6]))
    kept_by_class = {}
    kept = []
    for b in order:
        same = kept_by_class.setdefault(b[5], [])
        if all(iou(b, k) <= t for k in same):
            same.append(b)
            kept.append(b[6])
    print(len(kept))
    print(*kept)


main()
