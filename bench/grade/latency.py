#!/usr/bin/python3
"""Median time to grade one answer with its explanation (covered keypoints, evidence, missed).

Runs one `kkori grade-batch` process over N answers to bank questions (rubric grading, the path
the interview uses) and reads the per-line times the product reports with --timing; start-up is
not part of any line. Answers are built from the bank's own model answers, cut and mixed, so
they range from strong to weak.
  /usr/bin/python3 bench/grade/latency.py build/kkori [N] [kkori global flags, e.g. --content DIR]
"""
import json
import random
import statistics
import subprocess
import sys

kkori = sys.argv[1] if len(sys.argv) > 1 else "build/kkori"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
extra = sys.argv[3:]
qs = json.loads(subprocess.run([kkori, *extra, "--json", "bank", "list"], check=True, capture_output=True, text=True).stdout)
ids = [q["id"] for q in (qs["questions"] if isinstance(qs, dict) else qs)]
rng = random.Random(7)
items = []
for i in range(n):
    qid = rng.choice(ids)
    show = json.loads(subprocess.run([kkori, *extra, "--json", "bank", "show", qid], check=True, capture_output=True,
                                     text=True).stdout) if i < 40 else None
    if show:
        ans = show.get("answer", {})
        text = ans.get(rng.choice(["ko", "en"]), "") if isinstance(ans, dict) else str(ans)
        cut = text[: max(20, int(len(text) * rng.uniform(0.2, 1.0)))]
        items.append({"id": i, "question_id": qid, "answer": cut})
    else:
        items.append(dict(items[i % 40], id=i))
src = "\n".join(json.dumps(it, ensure_ascii=False) for it in items) + "\n"
out = subprocess.run([kkori, *extra, "grade-batch", "--timing"], input=src, check=True, capture_output=True, text=True).stdout
times = [json.loads(line)["micros"] for line in out.splitlines()]
print(f"kkori grade (rubric + evidence): {len(times)} answers, median {statistics.median(times) / 1000:.3f} ms, "
      f"p95 {sorted(times)[int(0.95 * len(times))] / 1000:.3f} ms per answer (target: median < 1 ms)")
