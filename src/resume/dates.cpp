#include "resume/dates.hpp"

#include <array>
#include <cctype>
#include <string>

namespace kkori::resume {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 11> kNow = {"present", "current", "now",    "ongoing", "today", "현재",
                                                   "재직중",  "재직 중", "진행중", "진행 중", "재학중"};
// Joiners between two dates; they only count when a date follows.
constexpr std::array<std::string_view, 8> kJoin = {"–", "—", "-", "~", "〜", "∼", "to", "부터"};

bool digit(char c) { return c >= '0' && c <= '9'; }
bool alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::size_t digits_at(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && digit(s[i + n])) ++n;
  return n;
}

bool iequal_prefix(std::string_view s, std::size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (std::size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != static_cast<unsigned char>(word[k])) return false;
  return true;
}

bool is_year(std::string_view s, std::size_t i) {
  if (digits_at(s, i) != 4) return false;
  int y = std::stoi(std::string(s.substr(i, 4)));
  return y >= 1950 && y <= 2099 && (i == 0 || (!digit(s[i - 1]) && !alpha(s[i - 1]) && s[i - 1] != '.'));
}

// Length of one date token at `i`, or 0.
std::size_t date_at(std::string_view s, std::size_t i) {
  for (auto w : kNow)
    if (iequal_prefix(s, i, w) && (i + w.size() >= s.size() || !alpha(s[i + w.size()]))) return w.size();
  if (alpha(s[i]) && (i == 0 || !alpha(s[i - 1]))) {  // "Mar 2021", "March 2021", "Sept. 2021"
    for (auto m : kMonths) {
      if (!iequal_prefix(s, i, m)) continue;
      std::size_t j = i + 3;
      while (j < s.size() && alpha(s[j])) ++j;
      if (j - i > 9) return 0;
      if (j < s.size() && s[j] == '.') ++j;
      while (j < s.size() && s[j] == ' ') ++j;
      if (j < s.size() && s[j] == '\'' && digits_at(s, j + 1) == 2) return j + 3 - i;
      if (is_year(s, j)) return j + 4 - i;
      return 0;
    }
    return 0;
  }
  if (s[i] == '\'' && digits_at(s, i + 1) == 2) {  // '22, '22.03
    std::size_t j = i + 3;
    if (j + 1 < s.size() && (s[j] == '.' || s[j] == '/') && digits_at(s, j + 1) >= 1 && digits_at(s, j + 1) <= 2)
      j += 1 + digits_at(s, j + 1);
    return j - i;
  }
  // "03/2021", "3.2021"
  std::size_t m = digits_at(s, i);
  if ((m == 1 || m == 2) && (i == 0 || !digit(s[i - 1])) && i + m < s.size() && (s[i + m] == '/' || s[i + m] == '.') &&
      is_year(s, i + m + 1))
    return m + 1 + 4;
  if (!is_year(s, i)) return 0;
  std::size_t j = i + 4;
  // "2022.03", "2022-03", "2022/03", "2022. 3.", "2022.03.15"
  for (int part = 0; part < 2; ++part) {
    std::size_t k = j;
    if (k < s.size() && (s[k] == '.' || s[k] == '-' || s[k] == '/')) {
      ++k;
      if (k < s.size() && s[k] == ' ') ++k;
      std::size_t d = digits_at(s, k);
      if (d < 1 || d > 2) break;
      // "2020-2022" is two years, not a month
      j = k + d;
    } else {
      break;
    }
  }
  if (j < s.size() && s[j] == '.') ++j;
  // "2021년 3월 15일"
  std::string_view rest = s.substr(j);
  std::size_t k = j;
  if (rest.starts_with("년")) {
    k += std::string_view("년").size();
    std::size_t sp = k;
    while (sp < s.size() && s[sp] == ' ') ++sp;
    std::size_t d = digits_at(s, sp);
    if (d >= 1 && d <= 2 && s.substr(sp + d).starts_with("월")) {
      k = sp + d + std::string_view("월").size();
      std::size_t sp2 = k;
      while (sp2 < s.size() && s[sp2] == ' ') ++sp2;
      std::size_t d2 = digits_at(s, sp2);
      if (d2 >= 1 && d2 <= 2 && s.substr(sp2 + d2).starts_with("일")) k = sp2 + d2 + std::string_view("일").size();
    }
    j = k;
  }
  return j - i;
}

// Skips spaces; returns the position after a joiner (and spaces) or npos.
std::size_t after_joiner(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  for (auto w : kJoin)
    if (s.substr(i).starts_with(w)) {
      i += w.size();
      while (i < s.size() && s[i] == ' ') ++i;
      return i;
    }
  return std::string_view::npos;
}

}  // namespace

std::optional<ByteRange> find_dates(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::size_t n = date_at(s, i);
    if (n == 0) continue;
    // "현재" alone is no date; it only ends a range.
    bool real = digit(s[i]) || s[i] == '\'' || alpha(s[i]);
    for (auto w : kNow)
      if (s.substr(i).starts_with(w)) real = false;
    if (!real) continue;
    ByteRange r{i, i + n};
    for (;;) {
      std::size_t j = after_joiner(s, r.end);
      if (j == std::string_view::npos || j >= s.size()) break;
      std::size_t m = date_at(s, j);
      if (m == 0) {
        // "2021년 3월부터" / "2022.03~" (open range)
        if (s.substr(r.end).starts_with("부터")) r.end += std::string_view("부터").size();
        break;
      }
      r.end = j + m;
    }
    if (s.substr(r.end).starts_with("까지")) r.end += std::string_view("까지").size();
    // Widen to enclosing brackets: "(2020.03 - 2022.02)".
    std::size_t b = r.begin, e = r.end;
    while (b > 0 && s[b - 1] == ' ') --b;
    while (e < s.size() && s[e] == ' ') ++e;
    if (b > 0 && e < s.size() && ((s[b - 1] == '(' && s[e] == ')') || (s[b - 1] == '[' && s[e] == ']'))) {
      r.begin = b - 1;
      r.end = e + 1;
    }
    return r;
  }
  return std::nullopt;
}

bool is_date_only(std::string_view s) {
  auto r = find_dates(s);
  if (!r) return false;
  // Letters outside the dates, counted in characters: a short word such as "(6개월)" may remain.
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (i >= r->begin && i < r->end) continue;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isalpha(c) || c >= 0xC0) ++letters;  // ASCII letters and UTF-8 lead bytes
  }
  return letters <= 2;
}

}  // namespace kkori::resume
