// Table test for the follow-up policy: every rule of interview/followup.hpp is a row.
#include <gtest/gtest.h>

#include <map>

#include "interview/followup.hpp"

namespace kkori::interview {
namespace {

Question make(const std::string& id, int level, std::vector<Followup> fus = {}) {
  Question q;
  q.id = id;
  q.level = level;
  q.keypoints = {{"def", 2, {}, {"정의"}}, {"why", 1, {}, {"이유"}}};
  q.followups = std::move(fus);
  q.hints = {{"힌트", "hint"}};
  return q;
}

struct Row {
  const char* name;
  double score;
  bool dont_know;
  std::vector<KeypointCoverage> cov;
  bool mentioned;
  ChainState chain;
  std::set<std::string> asked;
  std::string want;  // "ask:<id>", "hint", "next"
};

TEST(FollowupPolicy, Table) {
  std::map<std::string, Question> qs;
  for (auto& q : {make("t.mention", 2), make("t.covered", 3), make("t.always-easy", 1), make("t.always-hard", 3),
                  make("t.missed", 1)})
    qs.emplace(q.id, q);
  Question root = make("r.root", 2,
                       {
                           {"t.missed", WhenMissed{"def"}, {}},
                           {"t.always-hard", WhenAlways{}, {}},
                           {"t.always-easy", WhenAlways{}, {}},
                           {"t.covered", WhenCovered{"why"}, {}},
                           {"t.mention", WhenMentions{{"attention", "어텐션"}}, {}},
                           {"t.ghost", WhenAlways{}, {}},
                       });
  const std::vector<KeypointCoverage> all = {{"def", 1, true}, {"why", 1, true}};
  const std::vector<KeypointCoverage> def_only = {{"def", 1, true}, {"why", 0, false}};
  const std::vector<KeypointCoverage> none = {{"def", 0, false}, {"why", 0, false}};
  const std::vector<Row> rows = {
      {"good answer that mentions: mentions first", 0.9, false, all, true, {}, {}, "ask:t.mention"},
      {"good answer, no mention: covered next", 0.9, false, all, false, {}, {}, "ask:t.covered"},
      {"good answer, why missed: always (file order)", 0.7, false, def_only, false, {}, {}, "ask:t.always-hard"},
      {"asked tails are skipped", 0.9, false, all, true, {}, {"t.mention", "t.covered"}, "ask:t.always-hard"},
      {"weak answer: probe the missed keypoint", 0.2, false, none, true, {0, 1, false}, {}, "ask:t.missed"},
      {"weak answer, missed asked: easier always first",
       0.2,
       false,
       none,
       false,
       {0, 1, false},
       {"t.missed"},
       "ask:t.always-easy"},
      {"i don't know behaves like a miss", 0.0, true, none, true, {0, 1, false}, {}, "ask:t.missed"},
      {"two misses in a row stop the chain", 0.1, false, none, false, {1, 2, false}, {}, "next"},
      {"depth limit stops", 0.95, false, all, true, {3, 0, false}, {}, "next"},
      {"nothing left fires",
       0.9,
       false,
       all,
       false,
       {},
       {"t.mention", "t.covered", "t.always-easy", "t.always-hard", "t.missed"},
       "next"},
      {"unknown target is ignored",
       0.9,
       false,
       all,
       false,
       {},
       {"t.mention", "t.covered", "t.always-hard", "t.always-easy", "t.missed"},
       "next"},
  };
  auto lookup = [&](const std::string& id) -> const Question* {
    auto it = qs.find(id);
    return it == qs.end() ? nullptr : &it->second;
  };
  for (const auto& r : rows) {
    MentionsFn mentions = [&](std::span<const std::string>) { return r.mentioned; };
    Decision d = decide(root, r.score, r.dont_know, r.cov, mentions, r.chain, r.asked, lookup);
    std::string got;
    if (auto* a = std::get_if<AskTail>(&d)) got = "ask:" + a->question_id;
    if (std::holds_alternative<OfferHint>(d)) got = "hint";
    if (std::holds_alternative<NextRoot>(d)) got = "next";
    EXPECT_EQ(got, r.want) << r.name;
  }
}

TEST(FollowupPolicy, LowScoreOnLevelOneOffersAHintOnce) {
  Question q = make("q.basic", 1, {{"t.x", WhenAlways{}, {}}});
  Question t = make("t.x", 1);
  auto lookup = [&](const std::string& id) -> const Question* { return id == "t.x" ? &t : nullptr; };
  Decision d = decide(q, 0.1, false, {}, nullptr, {0, 1, false}, {}, lookup);
  EXPECT_TRUE(std::holds_alternative<OfferHint>(d));
  d = decide(q, 0.1, false, {}, nullptr, {0, 1, true}, {}, lookup);
  ASSERT_TRUE(std::holds_alternative<AskTail>(d));
  EXPECT_EQ(std::get<AskTail>(d).reason, "always");
  // "I don't know" is not asked to retry with a hint.
  d = decide(q, 0.0, true, {}, nullptr, {0, 1, false}, {}, lookup);
  EXPECT_TRUE(std::holds_alternative<AskTail>(d));
}

}  // namespace
}  // namespace kkori::interview
