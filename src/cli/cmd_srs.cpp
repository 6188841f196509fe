// `kkori srs optimize|replay`: FSRS-6 parameters fitted to a review log, and a replay of a log.
#include <chrono>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/term.hpp"
#include "srs/metrics.hpp"
#include "srs/optimizer.hpp"
#include "store/store.hpp"

namespace kkori::cli {

namespace {

Result<std::vector<srs::Review>> read_log(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Errc::not_found, "cannot read review log " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return srs::parse_revlog(ss.str(), path);
}

// The user's own review log, from the database.
Result<std::vector<srs::Review>> own_log(Context& ctx) {
  auto st = store::open_store(ctx.db_path);
  if (!st) return std::unexpected(st.error());
  auto log = (*st)->card_reviews();
  if (!log) return std::unexpected(log.error());
  std::vector<srs::Review> out;
  for (const auto& r : *log)
    out.push_back(srs::Review{"me", std::to_string(r.card_id), r.reviewed_at_ms, r.day, r.rating, 0});
  return out;
}

void optimize(Context& ctx, const std::string& path) {
  auto reviews = path.empty() ? own_log(ctx) : read_log(path);
  if (!reviews) return ctx.error(reviews.error().located());
  auto t0 = std::chrono::steady_clock::now();
  auto items = srs::build_items(*reviews);
  srs::FitResult fit = srs::fit(items);
  auto fit_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  srs::Metrics m = srs::evaluate(fit.params, items);
  if (ctx.json) {
    Json j{{"params", fit.params}, {"log_loss", m.log_loss}, {"rmse_bins", m.rmse_bins}, {"auc", m.auc},
           {"items", m.n},         {"trained", fit.trained}, {"fit_ms", fit_ms}};
    if (!fit.note.empty()) j["note"] = fit.note;
    ctx.out << j.dump() << "\n";
    return;
  }
  if (!fit.note.empty()) ctx.err << "kkori: " << fit.note << "\n";
  ctx.out << tr(ctx, "FSRS-6 파라미터", "FSRS-6 parameters") << " (" << m.n << tr(ctx, "개 항목, ", " items, ")
          << static_cast<int>(fit_ms) << " ms):\n  ";
  for (std::size_t i = 0; i < fit.params.size(); ++i) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%.4f", fit.params[i]);
    ctx.out << buf << (i + 1 < fit.params.size() ? ", " : "\n");
  }
  char line[128];
  std::snprintf(line, sizeof line, "log loss %.4f · RMSE(bins) %.4f · AUC %.4f (in-sample)\n", m.log_loss, m.rmse_bins,
                m.auc);
  ctx.out << line;
}

void replay(Context& ctx, const std::string& path, double retention) {
  auto reviews = read_log(path);
  if (!reviews) return ctx.error(reviews.error().located());
  const srs::Params& w = srs::kDefaultParams;
  std::map<std::string, std::pair<srs::MemoryState, std::int64_t>> cards;  // card -> (state, last day)
  Json arr = Json::array();
  for (const auto& r : *reviews) {
    auto g = static_cast<srs::Rating>(r.rating);
    Json row{{"card_id", r.card}, {"day", r.day}, {"rating", r.rating}};
    auto it = cards.find(r.card);
    srs::MemoryState next;
    if (it == cards.end()) {
      row["retrievability"] = nullptr;
      next = srs::init_state(g, w);
      row["elapsed_days"] = 0;
    } else {
      double t = static_cast<double>(r.day - it->second.second);
      row["elapsed_days"] = t;
      row["retrievability"] = srs::retrievability(t, it->second.first.stability, w);
      next = srs::next_state(it->second.first, t, g, w);
    }
    cards[r.card] = {next, r.day};
    row["stability"] = next.stability;
    row["difficulty"] = next.difficulty;
    row["interval_days"] = srs::whole_days(next.stability, retention, w);
    arr.push_back(row);
  }
  if (ctx.json) {
    ctx.out << arr.dump(1) << "\n";
    return;
  }
  for (const auto& row : arr)
    ctx.out << row["card_id"].get<std::string>() << " day " << row["day"] << " rating " << row["rating"] << " → S "
            << row["stability"] << " D " << row["difficulty"] << " next " << row["interval_days"] << "d\n";
}

}  // namespace

void add_srs_commands(CLI::App& app, Context& ctx) {
  auto* srs = app.add_subcommand("srs", "Spaced repetition (FSRS-6): fit parameters, replay a review log");
  srs->require_subcommand(1);
  auto in = std::make_shared<std::string>();
  auto* opt = srs->add_subcommand("optimize",
                                  "Fit the 21 FSRS-6 parameters to a review log; prints params and "
                                  "in-sample log loss / RMSE(bins)");
  opt->add_option("--in", *in, "Review log CSV: user_id,card_id,review_time_ms,day,rating (default: your own reviews)");
  opt->callback([&ctx, in] { optimize(ctx, *in); });
  auto rin = std::make_shared<std::string>();
  auto retention = std::make_shared<double>(0.9);
  auto* rep = srs->add_subcommand("replay", "Per review: R before, S and D after, the next interval (default params)");
  rep->add_option("--in", *rin, "Review log CSV")->required();
  rep->add_option("--retention", *retention, "Desired retention (default 0.9)")->check(CLI::Range(0.7, 0.99));
  rep->callback([&ctx, rin, retention] { replay(ctx, *rin, *retention); });
}

}  // namespace kkori::cli
