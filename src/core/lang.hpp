#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace kkori {

enum class Lang { ko, en };

// Text in both languages. Content requires both; `get` falls back to the other when one is empty.
struct Bilingual {
  std::string ko;
  std::string en;
  const std::string& get(Lang lang) const;
};

std::string_view to_string(Lang lang);
std::optional<Lang> parse_lang(std::string_view s);
// Picks ko when a LANG/LC_* style locale string starts with "ko", else en.
Lang lang_from_locale(std::string_view locale);

}  // namespace kkori
