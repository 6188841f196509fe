#include "cli/practice_view.hpp"

#include <cmath>
#include <istream>
#include <ostream>

#include "cli/term.hpp"

namespace kkori::cli {

Input classify(const std::string& text) {
  if (text == "/hint" || text == "/h") return Input::hint;
  if (text == "/skip" || text == "/s") return Input::skip;
  if (text == "/quit" || text == "/q") return Input::quit;
  return Input::answer;
}

// Reads lines until an empty line or end of input; a first line that is a command is returned as such.
Input read_answer(Context& ctx, std::string& text, const volatile int* interrupted) {
  text.clear();
  std::string line;
  bool any = false;
  while (std::getline(ctx.in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!any) {
      if (Input c = classify(line); c != Input::answer) return c;
      if (line.empty()) continue;
    }
    if (line.empty()) return Input::answer;
    text += (any ? "\n" : "") + line;
    any = true;
  }
  ctx.in.clear();
  return any && !(interrupted && *interrupted) ? Input::answer : Input::eof;
}

std::string bar(double score, int width) {
  int full = static_cast<int>(std::lround(score * width));
  std::string s;
  for (int i = 0; i < width; ++i) s += i < full ? "█" : "░";
  return s;
}

std::string clock_text(std::int64_t ms) {
  const bool neg = ms < 0;
  ms = std::abs(ms);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%s%d:%02d", neg ? "-" : "", static_cast<int>(ms / 60000),
                static_cast<int>(ms / 1000 % 60));
  return buf;
}

std::string percent(double s) { return std::to_string(static_cast<int>(std::lround(s * 100))) + "%"; }

void print_feedback(Context& ctx, const Question& q, const interview::Turn& t) {
  auto& o = ctx.out;
  const auto& g = t.grade;
  Color c = g.score >= 0.8 ? Color::green : g.score >= 0.5 ? Color::yellow : Color::red;
  o << "\n  " << paint(ctx, c, bar(g.score, 20)) << " " << paint(ctx, Color::bold, percent(g.score))
    << paint(ctx, Color::dim, "  " + clock_text(t.elapsed_ms)) << "\n";
  if (g.dont_know)
    o << tr(ctx, "  모른다고 답했습니다: 기록해 두고 모범 답안을 보여 드립니다.",
            "  You passed: recorded, and here is the model answer.")
      << "\n";
  for (const auto& k : g.keypoints) {
    const Keypoint* kp = q.keypoint(k.id);
    if (!kp || !k.covered) continue;
    o << paint(ctx, Color::green, "  ✓ ") << truncate_cols(kp->text.get(ctx.lang), 74) << "\n";
    for (const auto& e : k.evidence) {
      if (e.end <= e.begin || e.end > t.answer.size()) continue;
      o << paint(ctx, Color::dim, "    “" + truncate_cols(t.answer.substr(e.begin, e.end - e.begin), 70) + "”") << "\n";
      break;
    }
  }
  for (const auto& k : g.keypoints) {
    const Keypoint* kp = q.keypoint(k.id);
    if (kp && !k.covered) o << paint(ctx, Color::red, "  ✗ ") << truncate_cols(kp->text.get(ctx.lang), 74) << "\n";
  }
  if (g.score < 0.8 || g.dont_know)
    o << paint(ctx, Color::yellow, std::string("  ") + tr(ctx, "모범 답안", "Model answer")) << "\n"
      << wrap(q.answer.get(ctx.lang), 78, "    ") << "\n";
}

}  // namespace kkori::cli
