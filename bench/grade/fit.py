#!/usr/bin/python3
"""Fits the grader's feature weights (src/grade/model.cpp) on training data only, with the
cross-validation figures that decide which features the models use.

  /usr/bin/python3 bench/grade/fit.py asag     # logistic regression on SemEval-2013 *train*; grouped
                                               # 5-fold CV by question (folds = unseen questions)
  /usr/bin/python3 bench/grade/fit.py korsts   # linear regression on KorSTS *train*; 5-fold CV
  ... --held-out                               # also print the held-out splits (report only, after
                                               # the choice is made: asag test splits, KorSTS dev)

It runs `kkori grade-batch --features` / `similarity-batch --features`, so it measures the features
the product really computes. The binary is $KKORI_BIN (default build/kkori); $KKORI_FIT_GLOBAL adds
global flags, $KKORI_FIT_FLAGS command flags. Needs ../shared/bench (not shipped) and python3-sklearn.
The printed weights are copied into model.cpp by hand.
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
from sklearn.model_selection import KFold

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "bench")
BIN = os.environ.get("KKORI_BIN", os.path.join(ROOT, "build", "kkori"))
GLOBAL = os.environ.get("KKORI_FIT_GLOBAL", "").split()
EXTRA = os.environ.get("KKORI_FIT_FLAGS", "").split()
SEEDS = (0, 1, 2)


def run(cmd, items):
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in.jsonl"), os.path.join(d, "out.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
        subprocess.run([BIN, *GLOBAL, cmd, "--features", *EXTRA, "--in", src, "--out", dst], check=True)
        return [json.loads(line) for line in open(dst, encoding="utf-8")]


# The features each model uses; the previous sets stay for the comparison the CV prints.
ASAG_OLD = ["grams", "grams_new", "soft_recall", "precision", "negation", "opposite", "numbers", "length",
            "ref_length", "question_only", "references"]
ASAG_MODEL = ASAG_OLD + ["align_recall", "align_precision", "bigrams", "question_sim", "key_recall", "neg_mismatch"]
# Answers with several references: their own model, fitted on such answers only, with the means over
# all references added (SciEntsBank gives one reference per question, Beetle several).
ASAG_MULTI = ASAG_MODEL + ["mean_grams", "mean_align_recall", "mean_align_precision"]
STS_OLD = ["grams", "recall", "soft_recall", "negation", "numbers", "length_gap", "min_length", "opposite"]
STS_MODEL = ["grams", "recall", "negation", "numbers", "length_gap", "min_length", "opposite", "align_recall",
             "align_recall_min", "bigrams", "bigrams_min", "neg_mismatch", "unmatched", "unmatched_min"]


# ---------------------------------------------------------------------------------------------- asag
class MaxOverReferences:
    """Logistic regression on the features against one reference; an answer's score is the largest
    over its references (as in grader.cpp). Fitted on the reference the model itself picks (twice)."""

    def __init__(self, C=1.0, rounds=2):
        self.C, self.rounds = C, rounds

    @staticmethod
    def _flat(rows):
        return np.vstack(rows), np.cumsum([0] + [len(r) for r in rows])

    def fit(self, rows, y, weight=None):
        X, off = self._flat(rows)
        z = (X - X.mean(0)) / (X.std(0) + 1e-9)
        score = z.sum(1)
        for _ in range(self.rounds + 1):
            pick = [off[i] + int(np.argmax(score[off[i]:off[i + 1]])) for i in range(len(rows))]
            self.m = LogisticRegression(C=self.C, max_iter=5000).fit(X[pick], y, sample_weight=weight)
            score = self.m.decision_function(X)
        return self

    def predict(self, rows):
        X, off = self._flat(rows)
        return np.maximum.reduceat(self.m.decision_function(X), off[:-1])


def rows_of(out, names):
    return [np.array([[f.get(n, 0.0) for n in names] for f in (o.get("features_refs") or [o["features"]])])
            for o in out]


class SeveralReferences:
    """Answers with one reference: the joint model (fitted on every answer, as before); with several:
    a model fitted on the several-reference answers alone, over ASAG_MULTI (`rows` hold those columns;
    the joint model reads the first len(ASAG_MODEL))."""

    def fit(self, rows, y, weight=None):
        k = len(ASAG_MODEL)
        multi = np.array([len(r) > 1 for r in rows])
        w = np.ones(len(rows)) if weight is None else weight
        self.joint = MaxOverReferences().fit([r[:, :k] for r in rows], y, w)
        self.multi = MaxOverReferences().fit([r for r, m in zip(rows, multi) if m], y[multi], w[multi])
        return self

    def predict(self, rows):
        k = len(ASAG_MODEL)
        multi = np.array([len(r) > 1 for r in rows])
        p = np.zeros(len(rows))
        if multi.any():
            p[multi] = self.multi.predict([r for r, m in zip(rows, multi) if m])
        if (~multi).any():
            p[~multi] = self.joint.predict([r[:, :k] for r, m in zip(rows, multi) if not m])
        return p


def group_folds(groups, k, seed):
    u = np.unique(groups)
    np.random.RandomState(seed).shuffle(u)
    fold = {g: i % k for i, g in enumerate(u)}
    return np.array([fold[g] for g in groups])


def per_question_weights(groups):
    """Each question weighs the same in a fit however many graded answers it has (a question with
    many answers must not dominate what is learned about questions never seen)."""
    u, inv, n = np.unique(groups, return_inverse=True, return_counts=True)
    w = 1.0 / n[inv]
    return w / w.mean()


def grouped_cv(rows, y, groups, datasets, k=5, model=MaxOverReferences, weighted=False):
    """Pooled out-of-fold AUC, all and per data set, mean over seeds: each fold's questions unseen."""
    res = []
    for seed in SEEDS:
        folds = group_folds(groups, k, seed)
        oof = np.zeros(len(y))
        for f in range(k):
            te = np.where(folds == f)[0]
            tr = np.where(folds != f)[0]
            w = per_question_weights(groups[tr]) if weighted else None
            oof[te] = model().fit([rows[i] for i in tr], y[tr], w).predict([rows[i] for i in te])
        res.append([roc_auc_score(y, oof)] + [roc_auc_score(y[datasets == d], oof[datasets == d])
                                              for d in ("beetle", "sciEntsBank")])
    return np.mean(res, 0), np.std(res, 0)


def asag(held_out):
    df = pd.read_csv(os.path.join(SHARED, "asag", "semeval2013_3way.csv"), dtype=str, keep_default_na=False)
    df["y"] = (df.label_2way == "correct").astype(int)
    refs = df.reference_answers.str.split(" || ", regex=False)
    items = [{"id": i, "question": q, "references": r, "reference": r[0], "answer": a}
             for i, (q, r, a) in enumerate(zip(df.question, refs, df.student_answer))]
    out = run("grade-batch", items)
    y = df.y.to_numpy()
    train = np.where(df.split == "train")[0]
    groups, datasets = df.question_id.to_numpy()[train], df.dataset.to_numpy()[train]
    cur = np.array([o["score"] for o in out])
    print(f"current model.cpp, train (in-sample) AUC {roc_auc_score(y[train], cur[train]):.4f}")
    for name, names, model in [("previous features", ASAG_OLD, MaxOverReferences),
                               ("one model", ASAG_MODEL, MaxOverReferences),
                               ("+ several-refs model", ASAG_MULTI, SeveralReferences),
                               ("+ questions weigh 1", ASAG_MULTI, SeveralReferences)]:
        rows = rows_of(out, names)
        (a, b, s), (sd, _, _) = grouped_cv([rows[i] for i in train], y[train], groups, datasets, model=model,
                                           weighted=name.startswith("+ questions"))
        print(f"{name:<20} grouped 5-fold CV on train, AUC {a:.4f} ±{sd:.4f}  beetle {b:.4f}  sciEntsBank {s:.4f}")
    rows = rows_of(out, ASAG_MULTI)
    m = SeveralReferences().fit([rows[i] for i in train], y[train], per_question_weights(groups))
    for title, names, lr in [("weights, one reference", ASAG_MODEL, m.joint.m), ("weights, several", ASAG_MULTI, m.multi.m)]:
        print(f"{title}:", ", ".join(f"{n}={w:+.3f}" for n, w in zip(names, lr.coef_[0])), f"bias={lr.intercept_[0]:+.3f}")
    if held_out:
        p = m.predict(rows)
        for split in ["train", "test-unseen-answers", "test-unseen-questions", "test-unseen-domains"]:
            s = (df.split == split).to_numpy()
            print(f"{split:<24} fitted {roc_auc_score(y[s], p[s]):.4f}   current model.cpp {roc_auc_score(y[s], cur[s]):.4f}")


# -------------------------------------------------------------------------------------------- korsts
def sts_features(o):
    """Symmetric features of a pair from the two directed feature sets."""
    ab, ba = o["features"], o["features_ba"]
    f = {"grams": ab["grams"], "recall": (ab["recall"] + ba["recall"]) / 2,
         "soft_recall": (ab["soft_recall"] + ba["soft_recall"]) / 2, "negation": ab["negation"],
         "numbers": ab["numbers"], "length_gap": abs(ab["length"] - ba["length"]),
         "min_length": min(ab["length"], ba["length"]), "opposite": ab["opposite"] + ba["opposite"]}
    for k in ["align_recall", "bigrams", "neg_mismatch", "unmatched"]:
        f[k] = (ab[k] + ba[k]) / 2
        f[k + "_min"] = min(ab[k], ba[k])
    return f


def korsts(held_out):
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
    for name in ["sts-train.tsv"] + (["sts-dev.tsv"] if held_out else []):
        rows = load(name)
        out = run("similarity-batch", [{"id": i, "a": a, "b": b} for i, (_, a, b) in enumerate(rows)])
        feats = [sts_features(o) for o in out]
        data[name] = (feats, np.array([g for g, _, _ in rows]), np.array([o["score"] for o in out]))
    feats, y, cur = data["sts-train.tsv"]
    print(f"current model.cpp, train (in-sample) Spearman {100 * spearmanr(cur, y).correlation:.2f}")
    for name, names in [("previous features", STS_OLD), ("model features", STS_MODEL)]:
        X = np.array([[f[n] for n in names] for f in feats])
        res = []
        for seed in SEEDS:
            oof = np.zeros(len(y))
            for a, b in KFold(5, shuffle=True, random_state=seed).split(X):
                oof[b] = LinearRegression().fit(X[a], y[a]).predict(X[b])
            res.append(100 * spearmanr(oof, y).correlation)
        print(f"{name:<18} 5-fold CV on train, Spearman {np.mean(res):.2f} ±{np.std(res):.2f}")
    X = np.array([[f[n] for n in STS_MODEL] for f in feats])
    m = LinearRegression().fit(X, y / 5.0)
    print("weights:", ", ".join(f"{n}={w:+.3f}" for n, w in zip(STS_MODEL, m.coef_)), f"bias={m.intercept_:+.3f}")
    if held_out:
        for name, (fs, ys, c) in data.items():
            Xs = np.array([[f[n] for n in STS_MODEL] for f in fs])
            print(f"{name:<14} fitted {100 * spearmanr(m.predict(Xs), ys).correlation:.2f}   "
                  f"current model.cpp {100 * spearmanr(c, ys).correlation:.2f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    {"asag": asag, "korsts": korsts}[args[0] if args else "asag"]("--held-out" in sys.argv)
