#include "grade/model.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::grade {
namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

}  // namespace

// Logistic regression fitted by `bench/grade/fit.py asag` on the SemEval-2013 train split only
// (Beetle + SciEntsBank, 8,910 answers, bank IDF); the features were chosen by grouped 5-fold
// cross-validation on train (folds by question). The unseen-answers, unseen-questions and
// unseen-domains splits stayed out of the fit and the choice; docs/grading.md reports them.
double reference_score(const PairFeatures& f) {
  double z = -2.101 + 1.314 * f.grams + 0.263 * f.grams_new + 0.555 * f.soft_recall - 1.572 * f.precision -
             0.222 * f.negation - 1.795 * f.opposite - 0.630 * f.numbers + 0.848 * f.length - 0.673 * f.ref_length +
             1.771 * f.question_only - 0.683 * f.references + 1.030 * f.align_recall + 2.177 * f.align_precision +
             1.216 * f.bigrams - 1.145 * f.question_sim + 0.305 * f.key_recall - 1.141 * f.neg_mismatch;
  return sigmoid(z);
}

// Linear regression on the KorSTS train split only (gold / 5), fitted by `bench/grade/fit.py korsts`
// (features chosen by 5-fold CV on train); squashed into (0, 1) by a logistic curve, which keeps the
// order (all a rank correlation sees).
double similarity_score(const PairFeatures& ab, const PairFeatures& ba) {
  auto mean = [](double x, double y) { return 0.5 * (x + y); };
  double x = -0.308 + 0.305 * ab.grams - 0.619 * mean(ab.recall, ba.recall) - 0.051 * ab.negation - 0.118 * ab.numbers +
             0.327 * std::abs(ab.length - ba.length) + 0.117 * std::min(ab.length, ba.length) -
             0.270 * (ab.opposite + ba.opposite) + 1.614 * mean(ab.align_recall, ba.align_recall) -
             0.212 * std::min(ab.align_recall, ba.align_recall) - 0.247 * mean(ab.bigrams, ba.bigrams) +
             0.207 * std::min(ab.bigrams, ba.bigrams) - 0.102 * mean(ab.neg_mismatch, ba.neg_mismatch) -
             0.289 * mean(ab.unmatched, ba.unmatched) + 0.267 * std::min(ab.unmatched, ba.unmatched);
  return sigmoid(6.0 * (x - 0.5));
}

}  // namespace kkori::grade
