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
//
// An answer with several references (any one of them acceptable) is scored by a second logistic
// regression fitted on such answers alone (the Beetle part of train), which also reads the means
// over all references: grouped CV on train 0.7914 -> 0.7969 (Beetle 0.8369 -> 0.8441). Both are
// fitted with each question weighing the same however many answers it has (CV 0.7969 -> 0.7985).
double reference_score(const PairFeatures& f) {
  if (f.references > 0) {  // log(number of references): several
    double z = -2.440 + 1.808 * f.grams + 0.445 * f.grams_new + 0.784 * f.soft_recall - 2.042 * f.precision -
               0.616 * f.negation - 2.411 * f.opposite - 2.271 * f.numbers + 0.205 * f.length - 0.032 * f.ref_length +
               1.509 * f.question_only - 0.800 * f.references + 1.688 * f.align_recall + 1.418 * f.align_precision +
               1.160 * f.bigrams - 0.607 * f.question_sim - 0.380 * f.key_recall - 1.155 * f.neg_mismatch -
               0.974 * f.mean_grams + 1.796 * f.mean_align_recall + 1.070 * f.mean_align_precision;
    return sigmoid(z);
  }
  double z = -1.734 + 1.591 * f.grams + 0.399 * f.grams_new + 0.778 * f.soft_recall - 1.470 * f.precision -
             0.126 * f.negation - 1.736 * f.opposite - 0.568 * f.numbers + 0.851 * f.length - 0.805 * f.ref_length +
             1.488 * f.question_only - 0.772 * f.references + 0.582 * f.align_recall + 2.183 * f.align_precision +
             1.321 * f.bigrams - 1.151 * f.question_sim - 0.011 * f.key_recall - 0.989 * f.neg_mismatch;
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
