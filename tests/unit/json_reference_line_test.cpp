// The fast reader of grade-batch reference lines: it reads exactly the lines it should, decodes them
// as the general JSON reader does, and leaves every other line (rubrics, bank questions, odd ids,
// broken JSON) to the general path.
#include <gtest/gtest.h>

#include "json/reference_line.hpp"

namespace kkori::json {
namespace {

TEST(ReferenceLine, ReadsAPlainLineLikeTheGeneralReader) {
  ReferenceLineReader r;
  const std::string line =
      R"({"id": "b.7", "question_id": "q1", "question": "Why?", "reference": "first", )"
      R"("references": ["first", "se\"cond \u00e9 \ud55c"], "answer": "Because\nof \t it", "extra": {"x": [1, 2]}})";
  auto got = r.read(line);
  ASSERT_TRUE(got.has_value());
  Json general = Json::parse(line);
  EXPECT_EQ(got->id, general["id"]);
  EXPECT_EQ(got->question, general["question"].get<std::string>());
  ASSERT_EQ(got->references.size(), 2U);
  EXPECT_EQ(got->references[1], general["references"][1].get<std::string>());
  EXPECT_EQ(got->references[1], "se\"cond \xC3\xA9 \xED\x95\x9C");
  EXPECT_EQ(got->answer, "Because\nof \t it");
}

TEST(ReferenceLine, OneReferenceAndIdsAsTheGeneralReaderKeepsThem) {
  ReferenceLineReader r;
  auto a = r.read(R"({"id": 42, "reference": "ref", "answer": "ans"})");
  ASSERT_TRUE(a.has_value());
  EXPECT_EQ(a->references, std::vector<std::string>{"ref"});
  EXPECT_EQ(a->id.dump(), Json::parse(R"({"id": 42})")["id"].dump());
  EXPECT_TRUE(a->id.is_number_unsigned());
  EXPECT_EQ(a->question, "");

  auto b = r.read(R"({"id": -3, "references": [], "reference": "ref", "answer": ""})");
  ASSERT_TRUE(b.has_value());  // an empty list falls back to "reference"; an empty answer is graded (0)
  EXPECT_EQ(b->id, Json(-3));
  EXPECT_EQ(b->references, std::vector<std::string>{"ref"});

  auto c = r.read(R"({"reference": "r", "answer": "a", "answer": "last"})");
  ASSERT_TRUE(c.has_value());
  EXPECT_TRUE(c->id.is_null());
  EXPECT_EQ(c->answer, "last");  // a repeated key: the last one, as nlohmann does
  EXPECT_EQ(Json::parse(R"({"answer": "a", "answer": "last"})")["answer"], "last");
}

TEST(ReferenceLine, EverythingElseGoesToTheGeneralReader) {
  ReferenceLineReader r;
  for (const char* line : {
           R"({"question_id": "ml-bias-variance", "answer": "x"})",                       // a bank question
           R"({"reference": "r", "rubric": ["k"], "answer": "x"})",                       // keypoints
           R"({"reference": "r"})",                                                       // no answer
           R"({"answer": "x"})",                                                          // no reference
           R"({"references": [], "answer": "x"})",                                        // nothing to grade against
           R"({"references": ["a", 3], "answer": "x"})",                                  // a non-string reference
           R"({"reference": 5, "answer": "x"})",                                          // reference not a string
           R"({"reference": "r", "answer": 5})",                                          // answer not a string
           R"({"id": 1.5, "reference": "r", "answer": "x"})",                             // float id
           R"({"id": true, "reference": "r", "answer": "x"})",                            // bool id
           R"({"id": 123456789012345678901234567890, "reference": "r", "answer": "x"})",  // big integer
           R"({"reference": "r", "answer": "x"} trailing)",                               // garbage after
           R"({"reference": "r", "answer": "x",})",                                       // trailing comma
           R"({"reference": "r", "answer": "x")",                                         // cut short
           R"(["reference", "answer"])",                                                  // not an object
           "{\"reference\": \"r\", \"answer\": \"\xC3\x28\"}",                            // invalid UTF-8
           "",
       }) {
    EXPECT_FALSE(r.read(line).has_value()) << line;
  }
  // And the reader is still fine afterwards.
  EXPECT_TRUE(r.read(R"({"reference": "r", "answer": "x"})").has_value());
}

}  // namespace
}  // namespace kkori::json
