// Document frequencies: the frozen lookup tables give exactly the weights computed from the counts,
// for every key, for keys never seen (including the table's empty-slot key 0), under a power, and
// after more documents arrive.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "grade/idf.hpp"

namespace kkori::grade {
namespace {

text::Analysis doc_of(std::initializer_list<std::uint64_t> words, std::initializer_list<std::uint64_t> grams) {
  text::Analysis a;
  for (auto w : words) {
    text::Word x;
    x.id = w;
    a.words.push_back(x);
  }
  a.grams.assign(grams);
  return a;
}

TEST(Idf, FrozenTablesGiveTheComputedWeights) {
  Idf live, frozen;
  std::mt19937_64 rng(7);
  for (int d = 0; d < 300; ++d) {
    text::Analysis a;
    for (int i = 0; i < 20; ++i) {
      text::Word w;
      w.id = rng() % 500;  // includes key 0, the tables' empty marker
      a.words.push_back(w);
      a.grams.push_back(rng() % 5000);
    }
    live.add_document(a);
    frozen.add_document(a);
  }
  frozen.freeze();
  for (std::uint64_t k = 0; k < 6000; ++k) {  // seen and unseen keys
    ASSERT_EQ(live.word(k), frozen.word(k)) << k;
    ASSERT_EQ(live.gram(k), frozen.gram(k)) << k;
  }
  EXPECT_EQ(frozen.word(~0ULL), std::log(301.0) + 1.0);  // never seen: df = 0
  EXPECT_GT(frozen.word(1), 1.0);
}

TEST(Idf, KeyZeroAndPowerAndLaterDocuments) {
  Idf idf;
  idf.add_document(doc_of({0, 1}, {0}));
  idf.add_document(doc_of({1}, {}));
  idf.freeze();
  EXPECT_DOUBLE_EQ(idf.word(0), std::log(3.0 / 2.0) + 1.0);  // key 0 is a real key here
  EXPECT_DOUBLE_EQ(idf.word(1), std::log(3.0 / 3.0) + 1.0);
  EXPECT_DOUBLE_EQ(idf.gram(0), std::log(3.0 / 2.0) + 1.0);
  EXPECT_DOUBLE_EQ(idf.gram(1), std::log(3.0) + 1.0);

  idf.set_power(0.5);  // re-frozen with the new power
  EXPECT_DOUBLE_EQ(idf.word(0), std::sqrt(std::log(1.5) + 1.0));
  idf.set_power(1.0);

  idf.add_document(doc_of({0}, {}));  // drops the tables: the new count counts
  EXPECT_DOUBLE_EQ(idf.word(0), std::log(4.0 / 3.0) + 1.0);
  idf.freeze();
  EXPECT_DOUBLE_EQ(idf.word(0), std::log(4.0 / 3.0) + 1.0);
  EXPECT_DOUBLE_EQ(idf.word(1), std::log(4.0 / 3.0) + 1.0);
}

TEST(Idf, EmptyCorpusWeighsEverythingOne) {
  Idf idf;
  idf.freeze();
  EXPECT_EQ(idf.word(0), 1.0);
  EXPECT_EQ(idf.gram(12345), 1.0);
}

}  // namespace
}  // namespace kkori::grade
