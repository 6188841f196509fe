#pragma once
// Unicode primitives. unicode.cpp is the only file that includes ICU.
#include <cstdint>
#include <string>
#include <string_view>

namespace kkori::text {

enum class Script { latin, hangul, digit, han, other_letter, space, punct };

// NFKC + case folding ("Ｋ Ｌ" -> "k l", "Adam" -> "adam"). Hangul stays precomposed.
std::string normalize(std::string_view utf8);

// Decodes one code point at byte offset `i`, advancing `i`; invalid bytes yield U+FFFD.
char32_t next_code_point(std::string_view utf8, std::size_t& i);
void append_utf8(std::string& out, char32_t cp);

Script script_of(char32_t cp);
inline bool is_hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

}  // namespace kkori::text
