#include "judge/checker.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace kkori::judge {

namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

// Splits text into alternating runs: whitespace runs and token runs, each with its line number.
struct Run {
  std::string_view text;
  bool space = false;
  int line = 1;
};

std::vector<Run> runs(std::string_view s) {
  std::vector<Run> out;
  int line = 1;
  std::size_t i = 0;
  while (i < s.size()) {
    const bool sp = is_space(s[i]);
    std::size_t j = i;
    const int start_line = line;
    while (j < s.size() && is_space(s[j]) == sp) {
      if (s[j] == '\n') ++line;
      ++j;
    }
    out.push_back(Run{s.substr(i, j - i), sp, start_line});
    i = j;
  }
  return out;
}

// A whole token that reads as a finite or infinite real number ("1e-3", "-0.5", "inf").
bool parse_number(std::string_view tok, double& v) {
  if (tok.empty() || tok.size() > 400) return false;
  std::string s(tok);
  char* end = nullptr;
  v = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size();
}

bool same_text(std::string_view a, std::string_view b, bool case_sensitive) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (!case_sensitive) {
      x = static_cast<char>(std::tolower(static_cast<unsigned char>(x)));
      y = static_cast<char>(std::tolower(static_cast<unsigned char>(y)));
    }
    if (x != y) return false;
  }
  return true;
}

std::string shown(std::string_view tok) {
  constexpr std::size_t kMax = 40;
  std::string s = tok.size() > kMax ? std::string(tok.substr(0, kMax)) + "..." : std::string(tok);
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  return "'" + s + "'";
}

std::string describe_space(std::string_view ws) {
  std::string out;
  for (char c : ws) out += c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : " ";
  return "\"" + (out.size() > 20 ? out.substr(0, 20) + "..." : out) + "\"";
}

bool tokens_match(std::string_view want, std::string_view got, const CheckerFlags& f) {
  double a = 0, b = 0;
  if (f.has_tolerance() && parse_number(want, a)) {
    if (!parse_number(got, b)) return false;
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b)) return a == b;
    const double diff = std::fabs(a - b);
    if (f.absolute_tolerance >= 0 && diff <= f.absolute_tolerance) return true;
    if (f.relative_tolerance >= 0 && diff <= f.relative_tolerance * std::fabs(a)) return true;
    return false;
  }
  return same_text(want, got, f.case_sensitive);
}

}  // namespace

Result<CheckerFlags> parse_checker_flags(const std::vector<std::string>& args) {
  CheckerFlags f;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "case_sensitive") {
      f.case_sensitive = true;
    } else if (a == "space_change_sensitive") {
      f.space_change_sensitive = true;
    } else if (a == "float_relative_tolerance" || a == "float_absolute_tolerance" || a == "float_tolerance") {
      if (i + 1 >= args.size()) return fail(Errc::invalid_input, "validator flag '" + a + "' needs a number");
      double v = 0;
      const std::string& s = args[++i];
      auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
      if (ec != std::errc{} || p != s.data() + s.size() || !(v >= 0))
        return fail(Errc::invalid_input, "validator flag '" + a + "': '" + s + "' is not a non-negative number");
      if (a != "float_absolute_tolerance") f.relative_tolerance = v;
      if (a != "float_relative_tolerance") f.absolute_tolerance = v;
    } else {
      return fail(Errc::invalid_input, "unknown validator flag '" + a +
                                           "' (known: case_sensitive, space_change_sensitive, float_tolerance, "
                                           "float_relative_tolerance, float_absolute_tolerance)");
    }
  }
  return f;
}

CheckResult check_tokens(std::string_view answer, std::string_view output, const CheckerFlags& flags) {
  const auto want = runs(answer);
  const auto got = runs(output);
  if (flags.space_change_sensitive) {
    std::size_t i = 0;
    for (; i < want.size() && i < got.size(); ++i) {
      const Run& w = want[i];
      const Run& g = got[i];
      if (w.space != g.space) {
        return {false, "line " + std::to_string(g.line) + ": whitespace differs (expected " +
                           (w.space ? describe_space(w.text) : shown(w.text)) + ", got " +
                           (g.space ? describe_space(g.text) : shown(g.text)) + ")"};
      }
      if (w.space && w.text != g.text)
        return {false, "line " + std::to_string(g.line) + ": whitespace differs (expected " + describe_space(w.text) +
                           ", got " + describe_space(g.text) + ")"};
      if (!w.space && !tokens_match(w.text, g.text, flags))
        return {false, "line " + std::to_string(g.line) + ": expected " + shown(w.text) + ", got " + shown(g.text)};
    }
    if (i < want.size())
      return {false, "output ended early: expected " +
                         (want[i].space ? describe_space(want[i].text) : shown(want[i].text)) + " next"};
    if (i < got.size())
      return {false, "line " + std::to_string(got[i].line) + ": extra output " +
                         (got[i].space ? describe_space(got[i].text) : shown(got[i].text))};
    return {true, ""};
  }
  std::size_t wi = 0, gi = 0, n = 0;
  auto next = [](const std::vector<Run>& v, std::size_t& i) -> const Run* {
    while (i < v.size() && v[i].space) ++i;
    return i < v.size() ? &v[i++] : nullptr;
  };
  for (;;) {
    const Run* w = next(want, wi);
    const Run* g = next(got, gi);
    ++n;
    if (!w && !g) return {true, ""};
    if (!g) return {false, "output ended early: expected " + shown(w->text) + " as token " + std::to_string(n)};
    if (!w) return {false, "line " + std::to_string(g->line) + ": extra output " + shown(g->text)};
    if (!tokens_match(w->text, g->text, flags))
      return {false, "line " + std::to_string(g->line) + ", token " + std::to_string(n) + ": expected " +
                         shown(w->text) + ", got " + shown(g->text)};
  }
}

}  // namespace kkori::judge
