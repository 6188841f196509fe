#include "cli/session_runner.hpp"

#include <cmath>
#include <csignal>
#include <istream>
#include <ostream>
#include <random>
#include <type_traits>

#include "app/record.hpp"
#include "cli/practice_view.hpp"
#include "cli/term.hpp"
#include "interview/report.hpp"

namespace kkori::cli {

namespace {

volatile int g_interrupted =
    0;  // sig_atomic_t is int here; static_assert below  // the one piece of signal state: set by SIGINT only
extern "C" void on_sigint(int) { g_interrupted = 1; }
static_assert(std::is_same_v<std::sig_atomic_t, int>);

// Installs a SIGINT handler without SA_RESTART (so a blocked read returns) for the scope's life.
class InterruptScope {
 public:
  InterruptScope() {
    struct sigaction sa {};
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old_);
    g_interrupted = 0;
  }
  ~InterruptScope() { sigaction(SIGINT, &old_, nullptr); }

 private:
  struct sigaction old_ {};
};

void print_question(Context& ctx, const interview::Interview& iv, std::int64_t now) {
  const Question& q = iv.current();
  auto& o = ctx.out;
  o << "\n";
  const auto& r = iv.round().round;
  std::string head = iv.depth() == 0 ? std::string(tr(ctx, "질문", "Question")) + " · " + r.name.get(ctx.lang)
                                     : std::string(tr(ctx, "꼬리질문 ", "Tail question ")) +
                                           std::to_string(iv.depth()) + " · " + iv.why();
  o << paint(ctx, iv.depth() ? Color::yellow : Color::cyan, truncate_cols(head, 56))
    << paint(ctx, Color::dim, "  ⏱ " + clock_text(iv.question_left_ms(now)) + " / " + clock_text(iv.round_left_ms(now)))
    << "\n";
  if (const interview::ResumeItem* cv = iv.resume_item())
    o << paint(ctx, Color::dim,
               "  " + std::string(tr(ctx, "이력서 ", "résumé line ")) + std::to_string(cv->source.line) +
                   tr(ctx, "행 · ", " · ") + truncate_cols(cv->project, 40) + " · " + tr(ctx, "채점: ", "graded as ") +
                   q.id)
      << "\n";
  else
    o << paint(ctx, Color::dim, "  " + q.id + " · level " + std::to_string(q.level)) << "\n";
  o << paint(ctx, Color::bold, wrap(q.prompt.get(ctx.lang), 78, "  ")) << "\n";
  o << paint(ctx, Color::dim,
             tr(ctx, "  (빈 줄 또는 Ctrl-D로 답변 종료 · /hint · /skip · /quit)",
                "  (empty line or Ctrl-D ends the answer · /hint · /skip · /quit)"))
    << "\n> " << std::flush;
}

}  // namespace

void print_report(Context& ctx, const bank::Bank& bank, const interview::Report& r) {
  auto& o = ctx.out;
  o << "\n" << paint(ctx, Color::bold, tr(ctx, "══ 리포트 ══", "══ Report ══")) << "\n";
  o << "  " << r.answered << tr(ctx, "문항 답변, 평균 ", " answers, average ") << percent(r.mean_score);
  if (r.dont_know) o << ", " << r.dont_know << tr(ctx, "문항 모름", " passed");
  o << "\n\n" << paint(ctx, Color::yellow, tr(ctx, "  주제별 깊이", "  Depth per topic")) << "\n";
  for (const auto& t : r.topics) {
    std::string dots;
    for (int i = 0; i < std::max(t.asked, t.depth_reached); ++i) dots += i < t.depth_reached ? "●" : "○";
    o << "  " << pad_cols(truncate_cols(t.root_id, 30), 31) << pad_cols(dots, 7) << " "
      << pad_cols(percent(t.mean_score), 5) << paint(ctx, Color::dim, " " + t.stopped) << "\n";
    if (t.resume) {
      std::string quote = t.resume->source.text;
      for (char& c : quote)
        if (c == '\n' || c == '\t') c = ' ';
      o << paint(ctx, Color::dim,
                 "    ↳ " + std::string(tr(ctx, "이력서 ", "résumé line ")) + std::to_string(t.resume->source.line) +
                     tr(ctx, "행: “", ": “") + truncate_cols(quote, 60) + "”")
        << "\n";
    }
  }
  if (!r.study.empty()) {
    o << "\n" << paint(ctx, Color::yellow, tr(ctx, "  복습할 것 (약한 순)", "  Study list (weakest first)")) << "\n";
    std::size_t shown = 0;
    for (const auto& s : r.study) {
      if (shown++ == 8) break;
      const Question* q = bank.find(s.question_id);
      const Keypoint* kp = q ? q->keypoint(s.keypoint_id) : nullptr;
      if (!kp) continue;
      o << "  · " << truncate_cols(kp->text.get(ctx.lang), 60) << paint(ctx, Color::dim, "  " + q->id) << "\n";
    }
  }
  o << "\n";
}

RunEnd run_session(Context& ctx, const bank::Bank& bank, interview::Interview& iv, store::Store& store,
                   std::int64_t session_id, Clock& clock, RunInput input) {
  InterruptScope guard;
  std::size_t next_scripted = 0;
  const bool quiet = ctx.json;
  auto next_input = [&](std::string& text) -> Input {
    if (input.scripted) {
      if (next_scripted >= input.scripted->size()) return Input::eof;
      text = (*input.scripted)[next_scripted++];
      if (!quiet) ctx.out << text << "\n";
      return classify(text);
    }
    return read_answer(ctx, text, &g_interrupted);
  };
  while (!iv.done()) {
    if (!quiet) print_question(ctx, iv, clock.now_ms());
    std::string text;
    Input in = next_input(text);
    while (in == Input::hint) {
      auto h = iv.hint();
      if (!quiet)
        ctx.out << paint(ctx, Color::cyan, "  💡 ")
                << (h ? h->get(ctx.lang) : tr(ctx, "더 이상 힌트가 없습니다.", "No more hints.")) << "\n> "
                << std::flush;
      in = next_input(text);
    }
    if (g_interrupted) return RunEnd::interrupted;
    if (in == Input::eof) return RunEnd::interrupted;  // the session stays open: --resume continues it
    if (in == Input::quit) {
      iv.quit();
      return RunEnd::quit;
    }
    if (in == Input::skip) text = "";
    if (auto* fixed = dynamic_cast<FixedClock*>(&clock)) fixed->advance(60'000);  // scripted: one minute each
    const Question& asked = iv.current();
    const std::int64_t now = clock.now_ms();
    auto fb = iv.answer(text, now);
    Attempt a;
    a.question_id = asked.id;
    a.answer = fb.turn->answer;
    a.lang = ctx.lang;
    a.score = fb.turn->grade.score;
    a.coverage = fb.turn->grade.coverage();
    a.session_id = session_id;
    a.created_at_ms = now;
    srs::SchedulerConfig sched;
    std::mt19937_64 fuzz(static_cast<std::uint64_t>(now));
    auto uniform = [&fuzz] { return std::uniform_real_distribution<double>(0, 1)(fuzz); };
    if (auto r = app::record_practice(store, a, fb.turn->grade.dont_know, sched, uniform); !r) {
      ctx.error(r.error().message, kExitInternal);
      return RunEnd::error;
    }
    if (!quiet) {
      print_feedback(ctx, asked, *fb.turn);
      if (std::holds_alternative<interview::OfferHint>(fb.next)) {
        if (auto h = iv.hint())
          ctx.out << paint(ctx, Color::cyan, "  💡 ") << h->get(ctx.lang) << "\n"
                  << tr(ctx, "  힌트를 보고 다시 답해 보세요.", "  Try again with the hint.") << "\n";
      } else if (auto* n = std::get_if<interview::NextRoot>(&fb.next)) {
        ctx.out << paint(ctx, Color::dim,
                         std::string("  ── ") + tr(ctx, "이 주제 끝: ", "end of this topic: ") + n->reason)
                << "\n";
      }
    }
  }
  (void)bank;
  return RunEnd::finished;
}

}  // namespace kkori::cli
