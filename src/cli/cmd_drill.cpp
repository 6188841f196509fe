// `kkori drill [TOPIC|ID]`: the interactive terminal drill — ask, read a multi-line answer, grade,
// show covered/missed keypoints with evidence and the model answer, then the tail question.
#include <chrono>
#include <istream>
#include <ostream>
#include <random>

#include "bank/search.hpp"
#include "cli/commands.hpp"
#include "cli/grader_adapter.hpp"
#include "cli/term.hpp"
#include "core/clock.hpp"
#include "interview/drill.hpp"
#include "store/store.hpp"

namespace kkori::cli {

namespace {

struct DrillOptions {
  std::string topic;
  int max_depth = 3;
  int roots = 0;  // 0 = until /quit or end of input
  std::uint64_t seed = 0;
};

enum class Input { answer, hint, skip, quit, eof };

// Reads lines until an empty line or end of input. A first line of /hint, /skip, /quit is a command.
Input read_answer(Context& ctx, std::string& text) {
  text.clear();
  std::string line;
  bool any = false;
  while (std::getline(ctx.in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!any) {
      if (line == "/hint" || line == "/h") return Input::hint;
      if (line == "/skip" || line == "/s") return Input::skip;
      if (line == "/quit" || line == "/q") return Input::quit;
      if (line.empty()) continue;  // leading blank lines
    }
    if (line.empty()) return Input::answer;
    text += (any ? "\n" : "") + line;
    any = true;
  }
  return any ? Input::answer : Input::eof;
}

std::string bar(double score, int width) {
  int full = static_cast<int>(score * width + 0.5);
  std::string s;
  for (int i = 0; i < width; ++i) s += i < full ? "█" : "░";
  return s;
}

std::string mmss(std::int64_t ms) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d:%02d", static_cast<int>(ms / 60000), static_cast<int>(ms / 1000 % 60));
  return buf;
}

void print_question(Context& ctx, const Question& q, int depth, const std::string& because) {
  auto& o = ctx.out;
  o << "\n";
  if (depth == 0) {
    o << paint(ctx, Color::dim, std::string(tr(ctx, "새 질문", "New question")) + " · " + q.id + " · " + q.area +
                                    " · level " + std::to_string(q.level))
      << "\n";
  } else {
    o << paint(ctx, Color::yellow, std::string(tr(ctx, "꼬리질문", "Tail question")) + " " + std::to_string(depth))
      << paint(ctx, Color::dim, " · " + q.id + " (" + because + ")") << "\n";
  }
  o << paint(ctx, Color::bold, wrap(q.prompt.get(ctx.lang), 78, "  ")) << "\n";
  o << paint(ctx, Color::dim, tr(ctx, "  (빈 줄로 답변 종료 · /hint 힌트 · /skip 모름 · /quit 종료)",
                                  "  (empty line ends the answer · /hint · /skip · /quit)"))
    << "\n> " << std::flush;
}

void print_feedback(Context& ctx, const Question& q, const interview::Turn& t) {
  auto& o = ctx.out;
  const auto& g = t.grade;
  Color c = g.score >= 0.8 ? Color::green : g.score >= 0.5 ? Color::yellow : Color::red;
  char pct[16];
  std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(g.score * 100 + 0.5));
  o << "\n" << paint(ctx, c, bar(g.score, 20)) << " " << paint(ctx, Color::bold, pct) << "  "
    << paint(ctx, Color::dim, "⏱ " + mmss(t.elapsed_ms)) << "\n";
  if (g.dont_know) o << tr(ctx, "  모른다고 답했습니다. 기록해 두고 모범 답안을 보여 드릴게요.",
                            "  You passed. It is recorded; here is the model answer.") << "\n";
  for (const auto& k : g.keypoints) {
    const Keypoint* kp = q.keypoint(k.id);
    if (!kp) continue;
    if (k.covered) {
      o << paint(ctx, Color::green, "  ✓ ") << wrap(kp->text.get(ctx.lang), 74, "    ").substr(4) << "\n";
      for (const auto& e : k.evidence) {
        if (e.end <= e.begin || e.end > t.answer.size()) continue;
        o << paint(ctx, Color::dim, "    “" + truncate_cols(t.answer.substr(e.begin, e.end - e.begin), 70) + "”")
          << "\n";
        break;
      }
    }
  }
  for (const auto& k : g.keypoints) {
    const Keypoint* kp = q.keypoint(k.id);
    if (kp && !k.covered) o << paint(ctx, Color::red, "  ✗ ") << wrap(kp->text.get(ctx.lang), 74, "    ").substr(4) << "\n";
  }
  if (g.score < 0.8 || g.dont_know) {
    o << paint(ctx, Color::yellow, std::string("  ") + tr(ctx, "모범 답안", "Model answer")) << "\n"
      << wrap(q.answer.get(ctx.lang), 78, "    ") << "\n";
  }
}

void drill(Context& ctx, const DrillOptions& opt) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  if (b->questions.empty()) return ctx.error("the question bank is empty");
  auto grader = make_answer_grader(*b);
  if (!grader) return ctx.error(grader.error().message, kExitInternal);
  auto store = store::open_store(ctx.db_path);
  if (!store) return ctx.error(store.error().message);

  // Candidates: an exact id, an area, else search words.
  std::vector<const Question*> candidates;
  const Question* fixed = opt.topic.empty() ? nullptr : b->find(opt.topic);
  if (!fixed) {
    for (const auto& q : b->questions)
      if (opt.topic.empty() || q.area == opt.topic) candidates.push_back(&q);
    if (candidates.empty()) {
      auto index = bank::SearchIndex::build(*b);
      if (!index) return ctx.error(index.error().message, kExitInternal);
      auto hits = index->search(opt.topic, 8);
      if (hits)
        for (const auto& h : *hits) candidates.push_back(h.question);
    }
    if (candidates.empty()) return ctx.error("no question matches '" + opt.topic + "' (try `kkori bank search`)");
  }
  SystemClock clock;
  std::mt19937_64 rng(opt.seed ? opt.seed : static_cast<std::uint64_t>(clock.now_ms()));
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };

  const Question* root = fixed ? fixed : interview::choose_root(*b, candidates, {}, pick);
  interview::PolicyConfig cfg;
  cfg.max_depth = opt.max_depth;
  interview::Drill d(*b, **grader, *root, cfg);

  Session session{0, "drill", opt.topic, ctx.lang, clock.now_ms(), 0};
  auto sid = (*store)->create_session(session);
  if (!sid) return ctx.error(sid.error().message, kExitInternal);

  ctx.out << paint(ctx, Color::bold, tr(ctx, "꼬리 드릴을 시작합니다.", "kkori drill.")) << " "
          << tr(ctx, "답변은 채점되어 저장됩니다: ", "Answers are graded and saved to ") << ctx.db_path << "\n";
  int roots_done = 0;
  bool quit = false;
  while (!quit) {
    print_question(ctx, d.current(), d.depth(), d.asked_because());
    auto started = clock.now_ms();
    std::string text;
    Input in = read_answer(ctx, text);
    while (in == Input::hint) {
      auto h = d.hint();
      ctx.out << paint(ctx, Color::cyan, "  💡 ")
              << (h ? h->get(ctx.lang) : tr(ctx, "더 이상 힌트가 없습니다.", "No more hints.")) << "\n> " << std::flush;
      in = read_answer(ctx, text);
    }
    if (in == Input::quit || in == Input::eof) break;
    if (in == Input::skip) text = "I don't know";
    const Question& asked = d.current();
    auto fb = d.answer(text, clock.now_ms() - started);
    print_feedback(ctx, asked, *fb.turn);

    Attempt a;
    a.question_id = asked.id;
    a.answer = fb.turn->answer;
    a.lang = ctx.lang;
    a.score = fb.turn->grade.score;
    a.coverage = fb.turn->grade.coverage();
    a.session_id = *sid;
    a.created_at_ms = clock.now_ms();
    if (auto r = (*store)->record_attempt(a); !r) {
      ctx.error(r.error().message, kExitInternal);
      break;
    }
    if (std::holds_alternative<interview::OfferHint>(fb.next)) {
      if (auto h = d.hint())
        ctx.out << paint(ctx, Color::cyan, "  💡 ") << h->get(ctx.lang) << "\n"
                << tr(ctx, "  힌트를 참고해 다시 답해 보세요.", "  Try again with the hint.") << "\n";
      continue;
    }
    if (auto* next = std::get_if<interview::NextRoot>(&fb.next)) {
      ++roots_done;
      int depth = 0;
      for (const auto& t : d.turns()) depth = std::max(depth, t.depth);
      ctx.out << paint(ctx, Color::dim, std::string("  ── ") + tr(ctx, "이 주제는 여기까지 (", "end of this chain (") +
                                            next->reason + ")")
              << "\n";
      if (opt.roots && roots_done >= opt.roots) break;
      if (fixed) break;
      const Question* r = interview::choose_root(*b, candidates, d.asked(), pick);
      if (!r) break;
      d.start_root(*r);
    }
  }
  (void)(*store)->end_session(*sid, clock.now_ms());
  double sum = 0;
  for (const auto& t : d.turns()) sum += t.grade.score;
  if (!d.turns().empty()) {
    char line[160];
    std::snprintf(line, sizeof line, "%zu %s, %s %d%%", d.turns().size(), tr(ctx, "문항", "answers"),
                  tr(ctx, "평균", "average"), static_cast<int>(sum / static_cast<double>(d.turns().size()) * 100 + 0.5));
    ctx.out << "\n" << paint(ctx, Color::bold, line) << tr(ctx, " · `kkori history`로 기록을 볼 수 있습니다.",
                                                             " · see `kkori history`.")
            << "\n";
  }
}

}  // namespace

void add_drill_commands(CLI::App& app, Context& ctx) {
  auto* d = app.add_subcommand("drill", "Interactive drill: a question, your answer, grading, tail questions / 꼬리 드릴");
  auto o = std::make_shared<DrillOptions>();
  d->add_option("topic", o->topic, "A question id (ml.kl-divergence), an area (dl) or search words (attention)");
  d->add_option("--depth", o->max_depth, "Tail questions per chain (default 3)")->check(CLI::Range(0, 10));
  d->add_option("--roots", o->roots, "Stop after this many root questions (default: until /quit)")
      ->check(CLI::NonNegativeNumber);
  d->add_option("--seed", o->seed, "Random seed for question choice (default: the clock)");
  d->callback([&ctx, o] { drill(ctx, *o); });
}

}  // namespace kkori::cli
