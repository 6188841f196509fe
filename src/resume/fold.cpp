#include "resume/fold.hpp"

#include "text/unicode.hpp"

namespace kkori::resume {

namespace {

bool joins_as_space(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '-' || cp == '_' || cp == 0xA0 || cp == 0x2010 ||
         cp == 0x2011 || cp == 0x3000;
}

}  // namespace

Folded fold(std::string_view original, std::size_t begin, std::size_t end) {
  Folded f;
  f.text.reserve(end - begin);
  f.origin.reserve(end - begin + 1);
  bool space = false;
  for (std::size_t i = begin; i < end;) {
    const std::size_t at = i;
    char32_t cp = text::next_code_point(original, i);
    if (i > end) i = end;
    if (joins_as_space(cp)) {
      if (!space && !f.text.empty()) {
        f.text += ' ';
        f.origin.push_back(at);
      }
      space = true;
      continue;
    }
    space = false;
    std::string out;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      out = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (text::is_hangul_syllable(cp)) {
      text::append_utf8(out, cp);  // NFKC keeps precomposed syllables as they are
    } else {
      std::string one;
      text::append_utf8(one, cp);
      out = text::normalize(one);
    }
    for (char c : out) {
      f.text += c;
      f.origin.push_back(at);
    }
  }
  // A trailing folded space maps to where the white space began; the end maps to `end`.
  f.origin.push_back(end);
  return f;
}

std::string fold_phrase(std::string_view phrase) {
  std::string s = fold(phrase).text;
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

}  // namespace kkori::resume
