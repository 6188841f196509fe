#pragma once
// Shared by the unit tests: the fixture bank (tests/data/content_good) and a keyword grader.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>

#include "bank/files.hpp"
#include "interview/answer_grader.hpp"

namespace kkori::testing {

// Loads tests/data/content_good; the test fails if it does not load cleanly.
inline bank::Bank fixture_bank() {
  auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/content_good");
  EXPECT_TRUE(files.has_value());
  auto res = bank::load(*files);
  EXPECT_TRUE(res.errors.empty()) << (res.errors.empty() ? "" : res.errors[0].located());
  return std::move(res.bank);
}

// Scores 0.9 when the answer contains "GOOD", else 0.1; an empty answer or "모르겠" is
// I-don't-know (0). Covered keypoints cite the whole answer as evidence; `mentions` is substring.
class FakeGrader final : public interview::AnswerGrader {
 public:
  interview::GradeResult grade(const Question& q, std::string_view a) const override {
    interview::GradeResult g;
    g.dont_know = a.empty() || a.find("모르겠") != std::string_view::npos;
    g.score = a.find("GOOD") != std::string_view::npos ? 0.9 : g.dont_know ? 0.0 : 0.1;
    const bool covered = g.score >= 0.5;
    for (const auto& k : q.keypoints)
      g.keypoints.push_back(
          {k.id, g.score, covered,
           covered ? std::vector<interview::Evidence>{{0, a.size()}} : std::vector<interview::Evidence>{}});
    return g;
  }
  bool mentions(std::string_view a, std::span<const std::string> terms) const override {
    for (const auto& t : terms)
      if (a.find(t) != std::string_view::npos) return true;
    return false;
  }
};

}  // namespace kkori::testing
