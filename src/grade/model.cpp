#include "grade/model.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::grade {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

// Logistic regression fitted by `bench/grade/fit.py asag` on the SemEval-2013 train split only
// (Beetle + SciEntsBank, 8,910 answers, bank IDF); the unseen-answers, unseen-questions and
// unseen-domains splits stayed out of the fit and are what docs/grading.md reports.
double reference_score(const PairFeatures& f) {
  double z = -2.014 + 1.445 * f.grams + 0.499 * f.grams_new + 1.882 * f.soft_recall + 0.354 * f.precision -
             0.580 * f.negation - 2.215 * f.opposite - 0.712 * f.numbers + 0.783 * f.length - 0.580 * f.ref_length +
             1.111 * f.question_only - 0.719 * f.references;
  return sigmoid(z);
}

// Linear regression on the KorSTS train split only (gold / 5), fitted by `bench/grade/fit.py korsts`;
// squashed into (0, 1) by a logistic curve, which keeps the order (all a rank correlation sees).
double similarity_score(const PairFeatures& ab, const PairFeatures& ba) {
  double recall = 0.5 * (ab.recall + ba.recall);
  double soft = 0.5 * (ab.soft_recall + ba.soft_recall);
  double x = -0.044 + 0.396 * ab.grams - 0.588 * recall + 0.996 * soft - 0.063 * ab.negation - 0.143 * ab.numbers +
             0.101 * std::abs(ab.length - ba.length) + 0.090 * std::min(ab.length, ba.length) -
             0.601 * (ab.opposite + ba.opposite);
  return sigmoid(6.0 * (x - 0.5));
}

}  // namespace kkori::grade
