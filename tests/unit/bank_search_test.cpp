#include <gtest/gtest.h>

#include "bank/search.hpp"
#include "bank/stats.hpp"
#include "fixtures.hpp"

namespace kkori::bank {
namespace {

using kkori::testing::fixture_bank;

TEST(BankSearch, IndexTermsSplitHangulIntoBigrams) {
  EXPECT_EQ(index_terms("KL 발산"), (std::vector<std::string>{"kl", "발산"}));
  EXPECT_EQ(index_terms("경사하강법"), (std::vector<std::string>{"경사", "사하", "하강", "강법"}));
  EXPECT_EQ(index_terms("Query와 Key"), (std::vector<std::string>{"query", "와", "key"}));
}

TEST(BankSearch, KoreanEnglishAndPartialQueriesFindTheSubjectFirst) {
  Bank b = fixture_bank();
  auto idx = SearchIndex::build(b);
  ASSERT_TRUE(idx.has_value());
  struct Row {
    const char* query;
    const char* first;
  };
  for (const Row& r : {Row{"KL 발산", "ml.kl-divergence"}, Row{"kl divergence", "ml.kl-divergence"},
                       Row{"쿨백", "ml.kl-divergence"}, Row{"Kullback", "ml.kl-divergence"}, Row{"특이값", "math.svd"},
                       Row{"특이값분해", "math.svd"}, Row{"SVD", "math.svd"}, Row{"우도", "ml.mle"},
                       Row{"ml.entropy", "ml.entropy"}, Row{"cross entropy", "ml.cross-entropy"}}) {
    auto hits = idx->search(r.query, 5);
    ASSERT_TRUE(hits.has_value()) << r.query;
    ASSERT_FALSE(hits->empty()) << r.query;
    EXPECT_EQ((*hits)[0].question->id, r.first) << r.query;
  }
}

TEST(BankSearch, NoMatchAndHostileQueriesAreEmptyNotErrors) {
  Bank b = fixture_bank();
  auto idx = SearchIndex::build(b);
  ASSERT_TRUE(idx.has_value());
  for (const char* q : {"zzzqqq", "\"", "(((\"*^:", "", "   ", "'; DROP TABLE qfts; --"}) {
    auto hits = idx->search(q, 5);
    ASSERT_TRUE(hits.has_value()) << q;
    EXPECT_TRUE(hits->empty()) << q;
  }
  auto limited = idx->search("엔트로피", 1);
  ASSERT_TRUE(limited.has_value());
  EXPECT_EQ(limited->size(), 1u);
}

TEST(BankStats, CountsTailsAndChains) {
  Bank b = fixture_bank();
  Stats s = compute_stats(b);
  EXPECT_EQ(s.questions, 6);
  EXPECT_EQ(s.tails, 4);  // cross-entropy, entropy, mle, kl-divergence (from vae-elbo)
  EXPECT_EQ(s.glossary, 3);
  EXPECT_EQ(s.tracks, 1);
  EXPECT_EQ(s.by_area["ml"].questions, 5);
  EXPECT_EQ(s.by_area["math"].questions, 1);
  // vae-elbo -> kl-divergence -> cross-entropy -> mle
  EXPECT_EQ(s.max_chain_depth, 3);
}

}  // namespace
}  // namespace kkori::bank
