// The text pipeline, row by row: normalisation, tokens at script changes, stems in both
// languages, stop words, sentences.
#include <gtest/gtest.h>

#include "text/analyze.hpp"
#include "text/stem.hpp"
#include "text/stopwords.hpp"
#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::text {
namespace {

std::vector<std::string> token_texts(std::string_view s) {
  std::vector<std::string> out;
  for (auto& t : tokenize(normalize(s))) out.push_back(t.text);
  return out;
}

TEST(Text, NormaliseFoldsWidthAndCaseKeepsHangul) {
  EXPECT_EQ(normalize("ＡＤＡＭ Optimizer"), "adam optimizer");
  EXPECT_EQ(normalize("어텐션"), "어텐션");
}

TEST(Text, TokensSplitAtSpacesPunctuationAndScriptChanges) {
  struct Row {
    const char* in;
    std::vector<std::string> want;
  } rows[] = {
      {"Query와 Key의 내적", {"query", "와", "key", "의", "내적"}},
      {"softmax(QKᵀ/√d_k)", {"softmax", "qkt", "d", "k"}},
      {"GPT4는", {"gpt", "4", "는"}},
      {"", {}},
  };
  for (const auto& r : rows) EXPECT_EQ(token_texts(r.in), r.want) << r.in;
}

TEST(Text, KoreanSuffixListStripsParticlesAndEndings) {
  struct Row {
    const char* in;
    const char* want;
  } rows[] = {
      {"어텐션은", "어텐션"}, {"데이터를", "데이터"}, {"정규화하는", "정규화"}, {"모델들이", "모델"},
      {"차이", "차이"},       {"평가", "평가"},       {"학습시키면", "학습"},   {"임베딩으로는", "임베딩"},
  };
  for (const auto& r : rows) EXPECT_EQ(strip_korean_suffix(r.in), r.want) << r.in;
}

TEST(Text, StemmerUsesSnowballAndHunspellKo) {
  Stemmer s;
  EXPECT_EQ(s.stem("connected", Script::latin), s.stem("connecting", Script::latin));
  EXPECT_EQ(s.stem("gradients", Script::latin), "gradient");
  EXPECT_EQ(s.stem("설명했습니다", Script::hangul), "설명");  // hunspell: 설명하다 -> 설명
  EXPECT_EQ(s.stem("과적합을", Script::hangul), "과적합");    // unknown to the dictionary
  EXPECT_EQ(s.stem("어텐션은", Script::hangul), "어텐션");    // loanword
  EXPECT_EQ(s.stem("42", Script::digit), "42");
}

TEST(Text, StopWordsNegationsAndOpposites) {
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_TRUE(is_stop_word("것"));
  EXPECT_FALSE(is_stop_word("gradient"));
  EXPECT_FALSE(is_stop_word("same"));  // "they are the same" is a whole answer
  EXPECT_TRUE(is_negation("not"));
  EXPECT_TRUE(is_negation("않는"));
  EXPECT_FALSE(is_negation("note"));
  EXPECT_EQ(antonym("increas"), "decreas");
  EXPECT_EQ(antonym("감소"), "증가");
  EXPECT_EQ(antonym("gradient"), "");
  EXPECT_EQ(antonym("decreas"), "increas");
}

TEST(Text, ContrastSetsGroupFormsOfOneMember) {
  Stemmer s;
  Contrast red = contrast("red"), blue = contrast("blue");
  EXPECT_GT(red.set, 0);
  EXPECT_EQ(red.set, blue.set);
  EXPECT_NE(red.member, blue.member);
  Contrast ko = contrast(s.stem("빨간", Script::hangul));  // 빨간 -> 빨갛다: the same colour as red
  EXPECT_EQ(ko.set, red.set);
  EXPECT_EQ(ko.member, red.member);
  EXPECT_EQ(contrast("남자").set, contrast("woman").set);
  EXPECT_NE(contrast("남자").member, contrast("woman").member);
  EXPECT_EQ(contrast("gradient").set, 0);
}

TEST(Text, KoreanNumeralsCountOnlyBeforeACounter) {
  Analyzer an;
  Analysis a = an.analyze("네 마리의 개와 한 남자");
  ASSERT_GE(a.words.size(), 5u);
  EXPECT_TRUE(a.words[0].number);
  EXPECT_EQ(a.words[0].stem, "4");
  std::size_t han = a.words.size() - 2;  // 한 before 남자: "a man", not a count
  EXPECT_FALSE(a.words[han].number);
}

TEST(Text, SentencesEndAtPunctuationNotInsideNumbersOrAbbreviations) {
  std::string t = "Use lr 0.5 first. Then decay, e.g. cosine! 끝입니다.\nNext line";
  auto s = split_sentences(t);
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(t.substr(s[0].begin, s[0].end - s[0].begin), "Use lr 0.5 first.");
  EXPECT_EQ(t.substr(s[1].begin, s[1].end - s[1].begin), "Then decay, e.g. cosine!");
  EXPECT_EQ(t.substr(s[2].begin, s[2].end - s[2].begin), "끝입니다.");
  EXPECT_EQ(t.substr(s[3].begin, s[3].end - s[3].begin), "Next line");
}

TEST(Text, AnalysisMarksStopWordsNumbersAndKeepsNgramsPerWord) {
  Analyzer an;
  Analysis a = an.analyze("The terminal one is not connected.");
  ASSERT_EQ(a.words.size(), 6u);
  EXPECT_TRUE(a.words[0].stop);    // the
  EXPECT_TRUE(a.words[2].number);  // one -> 1
  EXPECT_EQ(a.words[2].stem, "1");
  EXPECT_TRUE(a.words[4].negation);  // not
  EXPECT_GT(a.words[1].gram_end, a.words[1].gram_begin);
  EXPECT_EQ(a.words[0].gram_end, a.words[0].gram_begin);  // stop words add no n-grams
  EXPECT_EQ(an.phrase("Saddle points"), an.phrase("saddle point"));
}

}  // namespace
}  // namespace kkori::text
