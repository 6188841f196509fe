// Table tests for the content loader: each row is a file and the located errors it must produce.
#include <gtest/gtest.h>

#include "bank/bank.hpp"

namespace kkori::bank {
namespace {

const char* kValid = R"(version: 1
questions:
  - id: ml.ok
    area: ml
    level: 2
    roles: [mle]
    prompt: {ko: "질문", en: "Question"}
    answer: {ko: "답", en: "Answer"}
    keypoints:
      - {id: a, weight: 2, ko: "가", en: "a", terms: [가, a]}
      - {id: b, weight: 1, ko: "나", en: "b", terms: [나, b]}
      - {id: c, weight: 1, ko: "다", en: "c", terms: [다, c]}
    followups:
      - {id: ml.ok2, when: {missed: a}}
      - {id: ml.ok2, when: {mentions: [x, 엑스]}}
    hints:
      - {ko: "힌트", en: "hint"}
  - id: ml.ok2
    area: ml
    level: 3
    roles: [mle, research]
    prompt: {ko: "질문2", en: "Question 2"}
    answer: {ko: "답", en: "Answer"}
    keypoints:
      - {id: a, weight: 1, ko: "가", en: "a", terms: [가, a]}
      - {id: b, weight: 1, ko: "나", en: "b", terms: [나, b]}
      - {id: c, weight: 1, ko: "다", en: "c", terms: [다, c]}
    hints:
      - {ko: "힌트", en: "hint"}
)";

// Replaces the first occurrence of `from` in the valid file.
std::string mutate(const std::string& from, const std::string& to) {
  std::string s = kValid;
  auto at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) s.replace(at, from.size(), to);
  return s;
}

struct Row {
  const char* name;
  std::string text;
  std::string expect;  // substring of the first error's located() text; "" = no errors
};

TEST(BankParse, TableOfFilesAndTheirErrors) {
  const std::vector<Row> rows = {
      {"valid", kValid, ""},
      {"broken yaml", "version: 1\nquestions:\n  - id: [unclosed\n", "q.yaml:4:1: error: YAML syntax"},
      {"wrong version", mutate("version: 1", "version: 2"), "q.yaml:1:10: error: unsupported content format version"},
      {"missing en prompt", mutate("prompt: {ko: \"질문\", en: \"Question\"}", "prompt: {ko: \"질문\"}"),
       "q.yaml:7:13: error: ml.ok.prompt: missing 'en'"},
      {"empty ko answer", mutate("answer: {ko: \"답\"", "answer: {ko: \"\""), "ml.ok.answer: 'ko' is empty"},
      {"level out of range", mutate("level: 2", "level: 4"), "q.yaml:5:12: error: ml.ok: level must be 1, 2 or 3"},
      {"unknown area", mutate("area: ml", "area: astrology"), "unknown area 'astrology'"},
      {"area not folder", mutate("area: ml", "area: dl"), "does not match its folder questions/ml/"},
      {"unknown role", mutate("roles: [mle]", "roles: [ceo]"), "unknown role 'ceo'"},
      {"zero weight", mutate("weight: 2", "weight: 0"), "weight must be positive"},
      {"negative weight", mutate("weight: 2", "weight: -1"), "weight must be positive"},
      {"weight not a number", mutate("weight: 2", "weight: heavy"), "weight must be a number"},
      {"missed names no keypoint", mutate("{missed: a}", "{missed: zz}"),
       "when.missed names keypoint 'zz', which this question does not have"},
      {"bad when", mutate("{missed: a}", "{sometimes: a}"), "'when' must be always"},
      {"unknown key", mutate("    level: 2", "    levle: 2"), "q.yaml:5:5: error: unknown key 'levle'"},
      {"duplicate keypoint", mutate("{id: b, weight: 1", "{id: a, weight: 1"), "duplicate keypoint id 'a'"},
      {"bad id", mutate("id: ml.ok\n", "id: ML OK\n"), "must look like <area>.<slug>"},
      {"id without area prefix", mutate("id: ml.ok\n", "id: dl.ok\n"), "id must start with its area 'ml.'"},
      {"no hints", mutate("    hints:\n      - {ko: \"힌트\", en: \"hint\"}\n  - id: ml.ok2", "  - id: ml.ok2"),
       "missing 'hints'"},
      {"no keypoints",
       mutate("    keypoints:\n      - {id: a, weight: 2, ko: \"가\", en: \"a\", terms: [가, a]}\n"
              "      - {id: b, weight: 1, ko: \"나\", en: \"b\", terms: [나, b]}\n"
              "      - {id: c, weight: 1, ko: \"다\", en: \"c\", terms: [다, c]}\n    followups:\n"
              "      - {id: ml.ok2, when: {missed: a}}\n",
              "    keypoints: []\n    followups:\n"),
       "'keypoints' may be empty only for behavioral and project questions"},
      {"dangling followup", mutate("{id: ml.ok2, when: {missed: a}}", "{id: ml.nope, when: always}"),
       "q.yaml:14:9: error: ml.ok: followup target 'ml.nope' does not exist in the bank"},
      {"duplicate id", mutate("  - id: ml.ok2", "  - id: ml.ok"), "q.yaml:18:5: error: duplicate question id 'ml.ok'"},
  };
  for (const auto& row : rows) {
    auto res = load({SourceFile{"questions/ml/q.yaml", row.text}});
    if (row.expect.empty()) {
      EXPECT_TRUE(res.errors.empty()) << row.name << ": " << (res.errors.empty() ? "" : res.errors[0].located());
      continue;
    }
    ASSERT_FALSE(res.errors.empty()) << row.name;
    bool found = false;
    std::string all;
    for (const auto& e : res.errors) {
      all += e.located() + "\n";
      found = found || e.located().find(row.expect) != std::string::npos;
    }
    EXPECT_TRUE(found) << row.name << ": wanted '" << row.expect << "' in:\n" << all;
  }
}

TEST(BankParse, ReportsEveryProblemNotOnlyTheFirst) {
  std::string two = mutate("level: 2", "level: 9");
  two.replace(two.find("roles: [mle]"), 12, "roles: [cto]");
  auto res = load(
      {SourceFile{"questions/ml/q.yaml", two}, SourceFile{"questions/ml/broken.yaml", "version: 1\nquestions: [\n"}});
  EXPECT_GE(res.errors.size(), 3u);
}

TEST(BankParse, KeepsWhatParsedAndIndexesTails) {
  auto res = load({SourceFile{"questions/ml/q.yaml", kValid}});
  ASSERT_TRUE(res.errors.empty());
  ASSERT_EQ(res.bank.questions.size(), 2u);
  const Question* q = res.bank.find("ml.ok");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->level, 2);
  EXPECT_EQ(q->where.line, 3);
  EXPECT_EQ(q->keypoints.size(), 3u);
  EXPECT_DOUBLE_EQ(q->keypoints[0].weight, 2.0);
  ASSERT_EQ(q->followups.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<WhenMissed>(q->followups[0].when));
  EXPECT_TRUE(std::holds_alternative<WhenMentions>(q->followups[1].when));
  EXPECT_TRUE(res.bank.is_tail("ml.ok2"));
  EXPECT_FALSE(res.bank.is_tail("ml.ok"));
  EXPECT_EQ(res.bank.chain_depth("ml.ok"), 1);
}

TEST(BankParse, GlossaryFormsMustBeUnambiguous) {
  const char* g = R"(version: 1
concepts:
  - {id: kl, ko: [KL 발산], en: [KL divergence]}
  - {id: ce, ko: [교차 엔트로피], en: [cross-entropy, KL divergence]}
  - {id: kl, ko: [쿨백], en: [Kullback]}
)";
  auto res = load({SourceFile{"glossary.yaml", g}});
  ASSERT_EQ(res.errors.size(), 2u);
  EXPECT_NE(res.errors[0].located().find("already names concept 'kl'"), std::string::npos);
  EXPECT_NE(res.errors[1].located().find("glossary.yaml:5:5: error: duplicate concept id 'kl'"), std::string::npos);
}

TEST(BankParse, TrackIdMustMatchFileAndRoundsBeValid) {
  const char* t = R"(version: 1
id: other
name: {ko: "트랙", en: "Track"}
description: {ko: "설명", en: "About"}
rounds:
  - {id: r1, name: {ko: "1", en: "1"}, areas: [ml, alchemy], count: 0, minutes: 5}
)";
  auto res = load({SourceFile{"tracks/loop.yaml", t}});
  std::string all;
  for (const auto& e : res.errors) all += e.located() + "\n";
  EXPECT_NE(all.find("id must equal the file name 'loop'"), std::string::npos) << all;
  EXPECT_NE(all.find("unknown area 'alchemy'"), std::string::npos) << all;
  EXPECT_NE(all.find("count must be at least 1"), std::string::npos) << all;
}

}  // namespace
}  // namespace kkori::bank
