#include <gtest/gtest.h>

#include "core/utf8.hpp"

namespace kkori {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(Utf8, KeepsWellFormedText) {
  for (std::string s : {"", "plain", "꼬리 질문", "‘quoted’", "emoji 😀", "\x7f"}) EXPECT_EQ(valid_utf8(s), s) << s;
}

TEST(Utf8, ReplacesEachBadByte) {
  struct Row {
    std::string in, out;
  } rows[] = {
      {"a\xff"
       "b",
       "a" + kReplacement + "b"},                                                       // never valid
      {"\x80", kReplacement},                                                           // stray continuation
      {"\xE2\x80", kReplacement + kReplacement},                                        // truncated ‘
      {"\xC0\xAF", kReplacement + kReplacement},                                        // overlong '/'
      {"\xED\xA0\x80", kReplacement + kReplacement + kReplacement},                     // surrogate
      {"\xF4\x90\x80\x80", kReplacement + kReplacement + kReplacement + kReplacement},  // above U+10FFFF
  };
  for (const auto& r : rows) EXPECT_EQ(valid_utf8(r.in), r.out);
}

TEST(Utf8, PrefixDoesNotCutACharacter) {
  std::string s = "ab‘c";  // ‘ is 3 bytes at [2, 5)
  EXPECT_EQ(utf8_prefix(s, 100), s.size());
  EXPECT_EQ(utf8_prefix(s, 2), 2u);
  EXPECT_EQ(utf8_prefix(s, 3), 2u);
  EXPECT_EQ(utf8_prefix(s, 4), 2u);
  EXPECT_EQ(utf8_prefix(s, 5), 5u);
}

TEST(Utf8, HeadAndTailAreValidAndMarked) {
  std::string s = "‘x’‘y’";  // 3 + 1 + 3 + 3 + 1 + 3 bytes
  EXPECT_EQ(utf8_head(s, 5), "‘x\n...");
  EXPECT_EQ(utf8_tail(s, 5), "...y’");
  EXPECT_EQ(utf8_head(s, 100), s);
  EXPECT_EQ(utf8_tail("ok\xff", 100), "ok" + kReplacement);
}

}  // namespace
}  // namespace kkori
