// `kkori review [--limit N]`: the due queue — ask, answer, grade, rate (suggested from the grade,
// overridable), and the next due date. Keypoint cards ask their question with the point to focus on.
#include <ctime>
#include <istream>
#include <ostream>
#include <random>

#include "app/record.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/practice_deps.hpp"
#include "cli/practice_view.hpp"
#include "cli/term.hpp"
#include "core/clock.hpp"
#include "srs/card.hpp"
#include "store/store.hpp"

namespace kkori::cli {

namespace {

struct ReviewOptions {
  int limit = 20;
  std::string answers_file;  // scripted: {"answer": ..., "rating"?: 1-4}
};

std::string date_text(std::int64_t ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

const char* rating_name(srs::Rating r, Lang l) {
  static const char* ko[] = {"다시", "어려움", "좋음", "쉬움"};
  static const char* en[] = {"Again", "Hard", "Good", "Easy"};
  return (l == Lang::ko ? ko : en)[static_cast<int>(r) - 1];
}

void review(Context& ctx, const ReviewOptions& o) {
  auto deps = open_practice(ctx);
  if (!deps) return;
  const bank::Bank* b = deps->bank;
  auto& grader = deps->grader;
  auto& st = deps->store;
  std::vector<Json> scripted;
  if (!o.answers_file.empty()) {
    auto a = read_scripted_answers(o.answers_file);
    if (!a) return ctx.error(a.error().located());
    scripted = std::move(*a);
  }
  SystemClock clock;
  const srs::SchedulerConfig cfg;
  auto due = st->due_cards(clock.now_ms(), o.limit);
  if (!due) return ctx.error(due.error().message, kExitInternal);
  Json done = Json::array();
  if (due->empty()) {
    auto all = st->due_cards(0, 0);
    if (ctx.json) {
      ctx.out << Json{{"reviewed", done}, {"next_due_ms", all && !all->empty() ? all->front().due_ms : 0}}.dump(2)
              << "\n";
      return;
    }
    ctx.out << tr(ctx, "지금 복습할 카드가 없습니다.", "Nothing is due now.");
    if (all && !all->empty()) ctx.out << tr(ctx, " 다음 복습: ", " Next review: ") << date_text(all->front().due_ms);
    ctx.out << "\n";
    return;
  }
  std::mt19937_64 fuzz(static_cast<std::uint64_t>(clock.now_ms()));
  auto uniform = [&fuzz] { return std::uniform_real_distribution<double>(0, 1)(fuzz); };
  std::size_t next = 0;
  for (std::size_t i = 0; i < due->size(); ++i) {
    const Card& card = (*due)[i];
    const Question* q = b->find(card.question_id);
    if (!q) continue;  // the bank no longer has it
    const Keypoint* focus = card.kind == CardKind::keypoint ? q->keypoint(card.keypoint_id) : nullptr;
    if (card.kind == CardKind::keypoint && !focus) continue;
    if (!ctx.json) {
      ctx.out << "\n"
              << paint(ctx, Color::cyan,
                       std::string(tr(ctx, "복습 ", "Review ")) + std::to_string(i + 1) + "/" +
                           std::to_string(due->size()))
              << paint(ctx, Color::dim, "  " + q->id) << "\n"
              << paint(ctx, Color::bold, wrap(q->prompt.get(ctx.lang), 78, "  ")) << "\n";
      if (focus)
        ctx.out << paint(ctx, Color::yellow,
                         std::string(tr(ctx, "  이 포인트에 집중: ", "  Focus on: ")) + focus->text.get(ctx.lang))
                << "\n";
      ctx.out << "> " << std::flush;
    }
    std::string text;
    Json script;
    Input in;
    if (!o.answers_file.empty()) {
      if (next >= scripted.size()) break;
      script = scripted[next++];
      text = script["answer"].get<std::string>();
      in = classify(text);
    } else {
      in = read_answer(ctx, text);
    }
    if (in == Input::quit || in == Input::eof) break;
    if (in == Input::skip || in == Input::hint) text.clear();
    auto g = grader->grade(*q, text);
    double signal = g.score;
    if (focus)
      for (const auto& k : g.keypoints)
        if (k.id == focus->id) signal = k.coverage;
    srs::Rating suggested = srs::rating_from_score(signal, g.dont_know);
    srs::Rating chosen = suggested;
    interview::Turn turn;
    turn.question_id = q->id;
    turn.answer = text;
    turn.grade = g;
    if (!ctx.json) print_feedback(ctx, *q, turn);
    if (!o.answers_file.empty()) {
      int r = script.value("rating", 0);
      if (r >= 1 && r <= 4) chosen = static_cast<srs::Rating>(r);
    } else {
      ctx.out << tr(ctx, "  평가 [1 다시 · 2 어려움 · 3 좋음 · 4 쉬움] (Enter = ",
                    "  Rating [1 Again · 2 Hard · 3 Good · 4 Easy] (Enter = ")
              << rating_name(suggested, ctx.lang) << ") > " << std::flush;
      std::string line;
      if (std::getline(ctx.in, line) && line.size() == 1 && line[0] >= '1' && line[0] <= '4')
        chosen = static_cast<srs::Rating>(line[0] - '0');
    }
    Attempt a;
    a.question_id = q->id;
    a.answer = text;
    a.lang = ctx.lang;
    a.score = g.score;
    a.coverage = g.coverage();
    a.created_at_ms = clock.now_ms();
    auto rec = app::record_practice(*st, a, g.dont_know, cfg, uniform, std::make_pair(card.keypoint_id, chosen));
    if (!rec) return ctx.error(rec.error().message, kExitInternal);
    std::int64_t due_ms = 0;
    if (auto cards = st->cards_for_question(q->id))
      for (const auto& c : *cards)
        if (c.keypoint_id == card.keypoint_id) due_ms = c.due_ms;
    if (ctx.json) {
      done.push_back(Json{{"card", card.id},
                          {"question_id", q->id},
                          {"keypoint", card.keypoint_id},
                          {"score", g.score},
                          {"suggested", static_cast<int>(suggested)},
                          {"rating", static_cast<int>(chosen)},
                          {"due_ms", due_ms}});
    } else {
      ctx.out << "  " << rating_name(chosen, ctx.lang) << " → " << tr(ctx, "다음 복습 ", "next review ")
              << date_text(due_ms) << "\n";
    }
  }
  if (ctx.json) ctx.out << Json{{"reviewed", done}}.dump(2) << "\n";
}

}  // namespace

void add_review_commands(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReviewOptions>();
  auto* r = app.add_subcommand("review", "Review what is due (FSRS-6): questions and missed keypoints / 복습");
  r->add_option("--limit", o->limit, "At most this many cards (default 20)")->check(CLI::PositiveNumber);
  r->add_option("--answers", o->answers_file, "Scripted answers: JSONL {\"answer\": \"...\", \"rating\"?: 1-4}");
  r->callback([&ctx, o] { review(ctx, *o); });
}

}  // namespace kkori::cli
