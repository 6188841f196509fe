// Replays every sequence of tests/data/fsrs_vectors.json (copied from ../shared/bench/fsrs, generated
// by ts-fsrs 5.4.2 and fsrs-rs 6.6.0): S, D, R within 1e-6 relative, identical whole-day intervals.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>

#include "json/json.hpp"
#include "srs/fsrs.hpp"

namespace kkori::srs {
namespace {

Json vectors() {
  std::ifstream in(std::string(KKORI_TEST_DATA) + "/fsrs_vectors.json");
  return Json::parse(in);
}

void expect_rel(double got, double want, const std::string& what) {
  double tol = 1e-6 * std::max(1.0, std::abs(want));
  EXPECT_NEAR(got, want, tol) << what;
}

TEST(Fsrs, ReplaysEveryReferenceSequence) {
  Json v = vectors();
  const Params w = kDefaultParams;
  const double r = v["meta"]["desired_retention"].get<double>();
  int steps = 0;
  for (const auto& seq : v["sequences"]) {
    const std::string name = seq["name"];
    MemoryState m;
    bool first = true;
    int i = 0;
    for (const auto& st : seq["steps"]) {
      const std::string at = name + " step " + std::to_string(i++);
      auto g = static_cast<Rating>(st["rating"].get<int>());
      double t = st["elapsed_days"].get<double>();
      if (first) {
        EXPECT_TRUE(st["retrievability"].is_null()) << at;
        m = init_state(g, w);
        first = false;
      } else {
        expect_rel(retrievability(t, m.stability, w), st["retrievability"].get<double>(), at + " R");
        m = next_state(m, t, g, w);
      }
      expect_rel(m.stability, st["stability"].get<double>(), at + " S");
      expect_rel(m.difficulty, st["difficulty"].get<double>(), at + " D");
      expect_rel(interval_raw(r, m.stability, w), st["interval_raw"].get<double>(), at + " interval");
      EXPECT_EQ(whole_days(m.stability, r, w), st["interval_days"].get<int>()) << at;
      ++steps;
    }
  }
  EXPECT_EQ(steps, 100);
}

TEST(Fsrs, FuzzRangesMatchTheReference) {
  Json v = vectors();
  int n = 0;
  for (const auto& f : v["fuzz_ranges"]) {
    double ivl = f["interval"].get<double>();
    if (ivl < 2.5) continue;  // listed but never fuzzed
    FuzzRange r = fuzz_range(ivl, f["elapsed_days"].get<int>());
    EXPECT_EQ(r.lo, f["min_ivl"].get<int>()) << ivl << " " << f["elapsed_days"];
    EXPECT_EQ(r.hi, f["max_ivl"].get<int>()) << ivl << " " << f["elapsed_days"];
    ++n;
  }
  EXPECT_GT(n, 10);
}

TEST(Fsrs, FuzzStaysInRangeAndSmallIntervalsAreNotFuzzed) {
  EXPECT_EQ(apply_fuzz(2, 0, 0.99), 2);
  for (double u : {0.0, 0.25, 0.5, 0.999}) {
    int x = apply_fuzz(30, 30, u);
    FuzzRange r = fuzz_range(30, 30);
    EXPECT_GE(x, r.lo);
    EXPECT_LE(x, r.hi);
  }
  EXPECT_EQ(apply_fuzz(30, 30, 0.0), fuzz_range(30, 30).lo);
}

TEST(Fsrs, IntervalsAreOrderedThenClampedAtTheCap) {
  MemoryState m{30000, 1.0};
  NextIntervals iv = next_intervals(&m, 30000, 0.9, kDefaultParams);
  EXPECT_LT(iv.again, iv.hard);
  EXPECT_LE(iv.good, kDefaultMaxInterval);
  EXPECT_EQ(iv.easy, kDefaultMaxInterval);  // ordered first, clamped last: never 36501
  NextIntervals first = next_intervals(nullptr, 0, 0.9, kDefaultParams);
  EXPECT_LT(first.again, first.hard);
  EXPECT_LT(first.hard, first.good);
  EXPECT_LT(first.good, first.easy);
}

TEST(Fsrs, ParameterVersionsAndClamps) {
  std::vector<double> v19(kDefaultParams.begin(), kDefaultParams.begin() + 19);
  auto p = check_and_fill(v19);
  ASSERT_TRUE(p.has_value());
  EXPECT_DOUBLE_EQ((*p)[20], 0.5);
  EXPECT_FALSE(check_and_fill(std::vector<double>(20, 1.0)).has_value());
  EXPECT_FALSE(check_and_fill(std::vector<double>(21, NAN)).has_value());
  Params wild;
  wild.fill(1000.0);
  Params c = clamp_params(wild);
  EXPECT_DOUBLE_EQ(c[0], 100);
  EXPECT_DOUBLE_EQ(c[4], 10);
  EXPECT_DOUBLE_EQ(c[17], 2);
  EXPECT_DOUBLE_EQ(c[20], 0.8);
  EXPECT_DOUBLE_EQ(retrievability(10, 10, kDefaultParams), 0.9 + 0 * c[0]);
}

}  // namespace
}  // namespace kkori::srs
