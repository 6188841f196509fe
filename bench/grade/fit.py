#!/usr/bin/python3
"""Fits the grader's feature weights (src/grade/model.cpp) and shows how they hold up on held-out data.

  /usr/bin/python3 bench/grade/fit.py asag     # logistic regression on SemEval-2013 *train* only;
                                               # AUC per split (unseen answers/questions/domains held out)
  /usr/bin/python3 bench/grade/fit.py korsts   # linear regression on KorSTS *train* only; Spearman on dev

It runs `build/kkori grade-batch --features` / `similarity-batch --features`, so it measures the
features the product really computes. Needs ../shared/bench (not shipped) and python3-sklearn.
The printed weights are copied into model.cpp by hand, after checking the held-out figures.
"""
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
import pandas as pd
from scipy.stats import spearmanr
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
NAMES = ["grams", "grams_new", "recall", "soft_recall", "precision", "negation", "opposite", "numbers", "length", "ref_length",
         "question_only", "references"]
GLOBAL = os.environ.get("KKORI_FIT_GLOBAL", "").split()
EXTRA = os.environ.get("KKORI_FIT_FLAGS", "").split()


def run(cmd, items):
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in.jsonl"), os.path.join(d, "out.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
        subprocess.run([os.path.join(ROOT, "build", "kkori"), *GLOBAL, cmd, "--features", *EXTRA, "--in", src, "--out", dst], check=True)
        return [json.loads(line) for line in open(dst, encoding="utf-8")]


# The features each model uses (the rest are printed for their single-feature figures only).
ASAG_MODEL = ["grams", "grams_new", "soft_recall", "precision", "negation", "opposite", "numbers", "length",
              "ref_length", "question_only", "references"]
STS_MODEL = ["grams", "recall", "soft_recall", "negation", "numbers", "length_gap", "min_length", "opposite"]


def sts_features(o):
    """Symmetric features of a pair from the two directed feature sets."""
    ab, ba = o["features"], o["features_ba"]
    return {"grams": ab["grams"], "recall": (ab["recall"] + ba["recall"]) / 2,
            "soft_recall": (ab["soft_recall"] + ba["soft_recall"]) / 2, "negation": ab["negation"],
            "numbers": ab["numbers"], "length_gap": abs(ab["length"] - ba["length"]),
            "min_length": min(ab["length"], ba["length"]), "opposite": ab["opposite"] + ba["opposite"]}


def asag():
    df = pd.read_csv(os.path.join(SHARED, "asag", "semeval2013_3way.csv"), dtype=str, keep_default_na=False)
    df["y"] = (df.label_2way == "correct").astype(int)
    refs = df.reference_answers.str.split(" || ", regex=False)
    items = [{"id": i, "question": q, "references": r, "reference": r[0], "answer": a}
             for i, (q, r, a) in enumerate(zip(df.question, refs, df.student_answer))]
    out = run("grade-batch", items)
    X = np.array([[o.get("features", {}).get(n, 0.0) for n in NAMES] for o in out])
    cur = np.array([o["score"] for o in out])
    y = df.y.to_numpy()
    train = (df.split == "train").to_numpy()
    for j, n in enumerate(NAMES):
        print(f"  {n:<14} AUC train {roc_auc_score(y[train], X[train, j]):.4f}")
    cols = [NAMES.index(n) for n in ASAG_MODEL]
    m = LogisticRegression(C=1.0, max_iter=1000).fit(X[train][:, cols], y[train])
    print("weights:", ", ".join(f"{n}={w:+.3f}" for n, w in zip(ASAG_MODEL, m.coef_[0])), f"bias={m.intercept_[0]:+.3f}")
    p = m.predict_proba(X[:, cols])[:, 1]
    for split in ["train", "test-unseen-answers", "test-unseen-questions", "test-unseen-domains"]:
        s = (df.split == split).to_numpy()
        print(f"{split:<24} fitted {roc_auc_score(y[s], p[s]):.4f}   current model.cpp {roc_auc_score(y[s], cur[s]):.4f}")


def korsts():
    def load(name):
        rows = []
        with open(os.path.join(SHARED, "korsts", name), encoding="utf-8") as fh:
            next(fh)
            for line in fh:
                c = line.rstrip("\n").split("\t")
                if len(c) >= 7:
                    rows.append((float(c[4]), c[5], c[6]))
        return rows
    data = {}
    for name in ["sts-train.tsv", "sts-dev.tsv"]:
        rows = load(name)
        out = run("similarity-batch", [{"id": i, "a": a, "b": b} for i, (_, a, b) in enumerate(rows)])
        X = np.array([[sts_features(o)[n] for n in STS_MODEL] for o in out])
        data[name] = (X, np.array([g for g, _, _ in rows]), np.array([o["score"] for o in out]))
    X, y, _ = data["sts-train.tsv"]
    for j, n in enumerate(STS_MODEL):
        print(f"  {n:<14} Spearman train {100 * spearmanr(X[:, j], y).correlation:.2f}")
    m = LinearRegression().fit(X, y / 5.0)
    print("weights:", ", ".join(f"{n}={w:+.3f}" for n, w in zip(STS_MODEL, m.coef_)), f"bias={m.intercept_:+.3f}")
    for name, (Xs, ys, cur) in data.items():
        print(f"{name:<14} fitted {100 * spearmanr(m.predict(Xs), ys).correlation:.2f}   "
              f"current model.cpp {100 * spearmanr(cur, ys).correlation:.2f}")


if __name__ == "__main__":
    {"asag": asag, "korsts": korsts}[sys.argv[1] if len(sys.argv) > 1 else "asag"]()
