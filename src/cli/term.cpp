#include "cli/term.hpp"

#include "text/unicode.hpp"

namespace kkori::cli {

std::string paint(const Context& ctx, Color c, std::string_view s) {
  if (!ctx.color || c == Color::none) return std::string(s);
  const char* code = "";
  switch (c) {
    case Color::bold:
      code = "1";
      break;
    case Color::dim:
      code = "2";
      break;
    case Color::red:
      code = "31";
      break;
    case Color::green:
      code = "32";
      break;
    case Color::yellow:
      code = "33";
      break;
    case Color::cyan:
      code = "36";
      break;
    case Color::none:
      break;
  }
  return std::string("\x1b[") + code + "m" + std::string(s) + "\x1b[0m";
}

namespace {
std::size_t cp_width(char32_t cp) {
  if (cp == 0 || cp < 0x20) return 0;
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF))
    return 2;
  return 1;
}
}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t w = 0, i = 0;
  while (i < s.size()) w += cp_width(text::next_code_point(s, i));
  return w;
}

std::string truncate_cols(std::string_view s, std::size_t cols) {
  if (display_width(s) <= cols) return std::string(s);
  std::string out;
  std::size_t w = 0, i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    std::size_t cw = cp_width(text::next_code_point(s, i));
    if (w + cw + 1 > cols) break;
    out.append(s.substr(start, i - start));
    w += cw;
  }
  return out + "…";
}

std::string pad_cols(std::string_view s, std::size_t cols) {
  std::string out(s);
  for (std::size_t w = display_width(s); w < cols; ++w) out += ' ';
  return out;
}

std::string wrap(std::string_view s, std::size_t cols, std::string_view indent) {
  std::string out, line(indent), word;
  std::size_t line_w = indent.size();
  auto flush_word = [&] {
    if (word.empty()) return;
    std::size_t ww = display_width(word);
    if (line_w > indent.size() && line_w + 1 + ww > cols) {
      out += line + "\n";
      line = std::string(indent);
      line_w = indent.size();
    }
    if (line_w > indent.size()) {
      line += ' ';
      ++line_w;
    }
    line += word;
    line_w += ww;
    word.clear();
  };
  for (char c : s) {
    if (c == ' ' || c == '\t') {
      flush_word();
    } else if (c == '\n') {
      flush_word();
      out += line + "\n";
      line = std::string(indent);
      line_w = indent.size();
    } else {
      word += c;
    }
  }
  flush_word();
  if (line_w > indent.size()) out += line;
  while (!out.empty() && out.back() == '\n') out.pop_back();
  return out;
}

}  // namespace kkori::cli
