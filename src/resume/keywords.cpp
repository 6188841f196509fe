#include "resume/keywords.hpp"

namespace kkori::resume {

namespace {
bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
}  // namespace

std::size_t find_word(std::string_view s, std::string_view w, std::size_t from) {
  if (w.empty()) return std::string_view::npos;
  const bool ascii_start = alnum(w.front()), ascii_end = alnum(w.back());
  for (std::size_t p = s.find(w, from); p != std::string_view::npos; p = s.find(w, p + 1)) {
    if (ascii_start && p > 0 && alnum(s[p - 1])) continue;
    std::size_t e = p + w.size();
    if (ascii_end && e < s.size() && alnum(s[e]) && !(s[e] == 's' && (e + 1 == s.size() || !alnum(s[e + 1])))) continue;
    return p;
  }
  return std::string_view::npos;
}

bool has_any(std::string_view folded, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (has_word(folded, w)) return true;
  return false;
}

}  // namespace kkori::resume
