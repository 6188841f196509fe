#include "core/lang.hpp"

namespace kkori {

const std::string& Bilingual::get(Lang lang) const {
  const std::string& want = lang == Lang::ko ? ko : en;
  if (!want.empty()) return want;
  return lang == Lang::ko ? en : ko;
}

std::string_view to_string(Lang lang) { return lang == Lang::ko ? "ko" : "en"; }

std::optional<Lang> parse_lang(std::string_view s) {
  if (s == "ko") return Lang::ko;
  if (s == "en") return Lang::en;
  return std::nullopt;
}

Lang lang_from_locale(std::string_view locale) { return locale.starts_with("ko") ? Lang::ko : Lang::en; }

}  // namespace kkori
