#include "resume/document.hpp"

#include <algorithm>
#include <array>

#include "text/unicode.hpp"

namespace kkori::resume {

namespace {

// Bullet markers: ASCII ones need a space after them ("-x" is not a bullet); the symbols do not.
constexpr std::array<std::string_view, 3> kAsciiBullets = {"-", "*", "+"};
constexpr std::array<std::string_view, 20> kSymbolBullets = {"•", "·", "∙", "◦", "▪", "▫", "■", "□", "●", "○",
                                                             "◆", "◇", "►", "▶", "➢", "✓", "✔", "–", "—", "⁃"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// "---", "***", "===", "___" (at least three, spaces allowed between).
char rule_char(std::string_view s) {
  char c = 0;
  int n = 0;
  for (char x : s) {
    if (x == ' ' || x == '\t') continue;
    if (x != '-' && x != '*' && x != '=' && x != '_') return 0;
    if (c != 0 && x != c) return 0;
    c = x;
    ++n;
  }
  return n >= 3 ? c : 0;
}

// Length of a numbered-list marker at the start of `s` ("1. ", "2) ", "(3) "), or 0.
std::size_t number_marker(std::string_view s) {
  std::size_t i = 0;
  bool paren = !s.empty() && s[0] == '(';
  if (paren) ++i;
  std::size_t d = i;
  while (i < s.size() && i - d < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  if (i == d || i >= s.size()) return 0;
  if (paren ? s[i] != ')' : (s[i] != '.' && s[i] != ')')) return 0;
  ++i;
  if (i < s.size() && s[i] != ' ' && s[i] != '\t') return 0;
  // "2021. 03" and "3.5" are not list markers: the year check keeps dates out.
  if (!paren && i - d > 3) return 0;
  return i;
}

void classify(std::string_view text, Line& l) {
  std::size_t i = l.begin;
  int col = 0;
  while (i < l.end && is_space(text[i])) col += text[i++] == '\t' ? 4 : 1;
  l.indent = col;
  std::size_t e = l.end;
  while (e > i && is_space(text[e - 1])) --e;
  l.content = i;
  l.content_end = e;
  if (i == e) {
    l.kind = LineKind::blank;
    return;
  }
  std::string_view s = text.substr(i, e - i);
  if (rule_char(s) != 0) {
    l.kind = LineKind::blank;
    return;
  }
  l.kind = LineKind::text;
  if (s[0] == '#') {
    std::size_t n = 0;
    while (n < s.size() && s[n] == '#') ++n;
    if (n <= 6 && (n == s.size() || s[n] == ' ' || s[n] == '\t')) {
      l.kind = LineKind::heading;
      l.md_level = static_cast<int>(n);
      l.content = i + n;
      while (l.content < e && is_space(text[l.content])) ++l.content;
      while (e > l.content && text[e - 1] == '#') --e;  // closing "##"
      while (e > l.content && is_space(text[e - 1])) --e;
      l.content_end = e;
      if (l.content == l.content_end) l.kind = LineKind::blank;
      return;
    }
  }
  std::size_t marker = 0;
  for (auto b : kAsciiBullets)
    if (s.size() > 1 && s.starts_with(b) && (s[1] == ' ' || s[1] == '\t')) marker = 1;
  if (marker == 0)
    for (auto b : kSymbolBullets)
      if (s.starts_with(b)) marker = b.size();
  if (marker == 0) marker = number_marker(s);
  if (marker != 0) {
    l.kind = LineKind::bullet;
    l.content = i + marker;
    while (l.content < e && is_space(text[l.content])) ++l.content;
    if (l.content == e) l.kind = LineKind::blank;
    // "- [ ] task" check boxes read as bullets too.
    s = text.substr(l.content, e - l.content);
  }
  for (std::string_view b : {std::string_view("**"), std::string_view("__")}) {
    if (s.size() > 4 && s.starts_with(b) && s.ends_with(b) &&
        s.substr(2, s.size() - 4).find(b) == std::string_view::npos) {
      l.bold = true;
      l.content += 2;
      l.content_end -= 2;
    }
  }
}

}  // namespace

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  int number = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    if (nl == std::string_view::npos && start == text.size() && !lines.empty()) break;
    Line l;
    l.begin = start;
    l.end = end > start && text[end - 1] == '\r' ? end - 1 : end;
    l.number = ++number;
    classify(text, l);
    // An underline makes the line above a heading.
    if (!lines.empty() && lines.back().kind == LineKind::text && lines.back().indent < 4) {
      char r = rule_char(text.substr(l.begin, l.end - l.begin));
      std::size_t first = text.find_first_not_of(" \t", l.begin);
      if ((r == '=' || r == '-') && first < l.end && text[first] == r &&
          text.substr(first, l.end - first).find(' ') == std::string_view::npos) {
        lines.back().kind = LineKind::heading;
        lines.back().md_level = r == '=' ? 1 : 2;
      }
    }
    lines.push_back(l);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return lines;
}

Span span_of_lines(const std::vector<Line>& lines, std::size_t first, std::size_t last) {
  Span s;
  s.begin = lines[first].kind == LineKind::heading ? lines[first].begin : lines[first].content;
  s.end = lines[last].end;
  s.line = lines[first].number;
  s.end_line = lines[last].number;
  return s;
}

Span span_in_line(const Line& l, std::size_t begin, std::size_t end) { return Span{begin, end, l.number, l.number}; }

int line_at(const std::vector<Line>& lines, std::size_t pos) {
  auto it = std::upper_bound(lines.begin(), lines.end(), pos, [](std::size_t p, const Line& l) { return p < l.begin; });
  if (it == lines.begin()) return 1;
  return std::prev(it)->number;
}

bool mostly_korean(std::string_view s) {
  std::size_t hangul = 0, letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp = text::next_code_point(s, i);
    if (text::is_hangul_syllable(cp)) {
      ++hangul;
      ++letters;
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
      ++letters;
    }
  }
  // A Hangul syllable carries about as much as three Latin letters.
  return letters > 0 && hangul * 3 * 10 >= (letters + 2 * hangul) * 3;
}

}  // namespace kkori::resume
