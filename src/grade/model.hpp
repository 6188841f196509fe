#pragma once
// How features become one score. The weights are fitted offline (bench/grade/fit.py, logistic
// regression on the SemEval-2013 *train* split only; linear regression on KorSTS *train* only) and
// checked on held-out splits; docs/grading.md says what the score means.
#include "grade/features.hpp"

namespace kkori::grade {

// P(a human grader calls the answer correct) for an answer against one reference, in [0, 1].
double reference_score(const PairFeatures& f);

// Symmetric similarity of two sentences in [0, 1] (monotone in semantic similarity; not a probability).
double similarity_score(const PairFeatures& ab, const PairFeatures& ba);

}  // namespace kkori::grade
