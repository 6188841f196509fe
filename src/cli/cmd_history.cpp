// `kkori history`: the attempts saved in the database, newest first.
#include <cmath>
#include <ctime>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/term.hpp"
#include "cli/views.hpp"
#include "store/store.hpp"

namespace kkori::cli {

namespace {

std::string format_time(std::int64_t ms) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
  return buf;
}

struct HistoryOptions {
  int limit = 20;
  std::string question;
};

void history(Context& ctx, const HistoryOptions& o) {
  auto store = store::open_store(ctx.db_path);
  if (!store) return ctx.error(store.error().message);
  store::AttemptFilter f;
  f.limit = o.limit;
  f.question_id = o.question;
  auto rows = (*store)->attempts(f);
  if (!rows) return ctx.error(rows.error().message, kExitInternal);
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& a : *rows) {
      Json cov = Json::array();
      for (const auto& c : a.coverage)
        cov.push_back(Json{{"keypoint", c.keypoint}, {"coverage", c.coverage}, {"covered", c.covered}});
      arr.push_back(Json{{"id", a.id},
                         {"question_id", a.question_id},
                         {"score", a.score},
                         {"lang", to_string(a.lang)},
                         {"session_id", a.session_id},
                         {"created_at_ms", a.created_at_ms},
                         {"answer", a.answer},
                         {"coverage", cov}});
    }
    ctx.out << arr.dump(2) << "\n";
    return;
  }
  if (rows->empty()) {
    ctx.err << tr(ctx, "아직 기록이 없습니다. `kkori drill`로 시작해 보세요.",
                  "No attempts yet. Start with `kkori drill`.")
            << "\n";
    return;
  }
  for (const auto& a : *rows) {
    int pct = static_cast<int>(std::lround(a.score * 100));
    Color c = a.score >= 0.8 ? Color::green : a.score >= 0.5 ? Color::yellow : Color::red;
    char score[8];
    std::snprintf(score, sizeof score, "%3d%%", pct);
    ctx.out << format_time(a.created_at_ms) << "  " << paint(ctx, c, score) << "  " << a.question_id << "\n";
  }
}

}  // namespace

void add_store_commands(CLI::App& app, Context& ctx) {
  auto* h = app.add_subcommand("history", "Your saved attempts, newest first / 지난 답변 기록");
  auto o = std::make_shared<HistoryOptions>();
  h->add_option("--limit", o->limit, "At most this many (default 20)")->check(CLI::PositiveNumber);
  h->add_option("--question", o->question, "Only attempts at this question id");
  h->callback([&ctx, o] { history(ctx, *o); });
}

}  // namespace kkori::cli
