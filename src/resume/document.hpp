#pragma once
// A résumé's text as lines: where each starts and ends, its indent, and whether it is a Markdown
// heading, a bullet or plain text. Every position is a byte offset into the one résumé text, so
// spans found later point back into what the user wrote.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kkori::resume {

// A byte range [begin, end) of the résumé text and the 1-based lines it starts and ends on.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  int line = 0;
  int end_line = 0;
  bool operator==(const Span&) const = default;
};

enum class LineKind { blank, heading, bullet, text };

struct Line {
  std::size_t begin = 0;        // first byte of the line
  std::size_t end = 0;          // one past the last byte, newline excluded
  std::size_t content = 0;      // first byte of the content: after the indent, "#"s, bullet marker or "**"
  std::size_t content_end = 0;  // end of the content: trailing spaces, "**" and "#"s dropped
  int number = 0;               // 1-based
  int indent = 0;               // columns of leading white space (a tab counts 4)
  LineKind kind = LineKind::blank;
  int md_level = 0;   // 1-6 for "#" and underlined headings, 0 otherwise
  bool bold = false;  // the whole content is **bold** or __bold__
};

// Splits at "\n" (a "\r" before it is dropped). Underlined headings ("Title" over "====" or
// "----") become headings and their rule a blank line; a rule alone ("---", "***") is blank.
std::vector<Line> split_lines(std::string_view text);

// The content of a line as text.
inline std::string_view content_of(std::string_view text, const Line& l) {
  return text.substr(l.content, l.content_end - l.content);
}

// The span of lines [first, last] (indexes into `lines`), from the first's content to the last's end.
Span span_of_lines(const std::vector<Line>& lines, std::size_t first, std::size_t last);
// A span inside one line.
Span span_in_line(const Line& l, std::size_t begin, std::size_t end);
// The 1-based line number of byte `pos` (binary search over `lines`).
int line_at(const std::vector<Line>& lines, std::size_t pos);

// True when the text has at least 30% Hangul among its letters.
bool mostly_korean(std::string_view text);

}  // namespace kkori::resume
