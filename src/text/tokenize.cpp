#include "text/tokenize.hpp"

namespace kkori::text {

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> out;
  Token cur;
  bool open = false;
  auto flush = [&](std::size_t at) {
    if (open) {
      cur.end = at;
      out.push_back(std::move(cur));
      cur = Token{};
      open = false;
    }
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t start = i;
    char32_t cp = next_code_point(s, i);
    Script sc = script_of(cp);
    if (sc == Script::space || sc == Script::punct) {
      flush(start);
      continue;
    }
    if (open && cur.script != sc) flush(start);
    if (!open) {
      cur.script = sc;
      cur.begin = start;
      open = true;
    }
    cur.text.append(s.substr(start, i - start));
  }
  flush(s.size());
  return out;
}

std::vector<std::string> char_ngrams(std::string_view token, std::size_t n) {
  std::vector<std::size_t> starts;
  std::size_t i = 0;
  while (i < token.size()) {
    starts.push_back(i);
    next_code_point(token, i);
  }
  starts.push_back(token.size());
  std::size_t chars = starts.size() - 1;
  if (chars <= n) return {std::string(token)};
  std::vector<std::string> out;
  for (std::size_t k = 0; k + n <= chars; ++k) out.emplace_back(token.substr(starts[k], starts[k + n] - starts[k]));
  return out;
}

}  // namespace kkori::text
