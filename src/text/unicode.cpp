#include "text/unicode.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace kkori::text {

std::string normalize(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);  // ICU data missing: degrade, never crash
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString out = nfkc_cf->normalize(in, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string result;
  out.toUTF8String(result);
  return result;
}

char32_t next_code_point(std::string_view utf8, std::size_t& i) {
  UChar32 c = 0;
  auto len = static_cast<int32_t>(utf8.size());
  auto pos = static_cast<int32_t>(i);
  // NOLINTNEXTLINE(bugprone-inc-dec-in-conditions): inside ICU's U8_NEXT macro, which is correct
  U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), pos, len, c);
  i = static_cast<std::size_t>(pos);
  return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, static_cast<UChar32>(cp), err);
  if (!err) out.append(buf, static_cast<std::size_t>(n));
}

Script script_of(char32_t cp) {
  auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c)) return Script::space;
  if (cp >= '0' && cp <= '9') return Script::digit;
  if (u_isdigit(c)) return Script::digit;
  if (is_hangul_syllable(cp) || (cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0x3130 && cp <= 0x318F)) return Script::hangul;
  if (u_isalpha(c)) {
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    if (sc == USCRIPT_LATIN || sc == USCRIPT_GREEK) return Script::latin;
    if (sc == USCRIPT_HAN) return Script::han;
    return Script::other_letter;
  }
  return Script::punct;
}

}  // namespace kkori::text
