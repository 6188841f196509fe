// `kkori bank lint|list|show|stats|search`: the question bank from the terminal.
#include <algorithm>
#include <ostream>

#include "bank/search.hpp"
#include "bank/stats.hpp"
#include "cli/commands.hpp"
#include "cli/term.hpp"
#include "cli/views.hpp"

namespace kkori::cli {

namespace {

Json diag_json(const Error& e) {
  return Json{{"file", e.where.file}, {"line", e.where.line}, {"col", e.where.col}, {"message", e.message}};
}

void lint(Context& ctx) {
  const std::string& root = ctx.content_dir;
  auto read = ctx.content_files();
  if (!read) return ctx.error(read.error().message);
  const auto& files = *read;
  auto res = bank::load(files);
  auto prefix = [&](Error e) {
    if (!root.empty() && !e.where.file.empty()) e.where.file = root + "/" + e.where.file;
    return e;
  };
  if (ctx.json) {
    Json errs = Json::array(), warns = Json::array();
    for (const auto& e : res.errors) errs.push_back(diag_json(prefix(e)));
    for (const auto& e : res.warnings) warns.push_back(diag_json(prefix(e)));
    ctx.out << Json{{"ok", res.errors.empty()},
                    {"files", files.size()},
                    {"questions", res.bank.questions.size()},
                    {"errors", errs},
                    {"warnings", warns}}
                   .dump(2)
            << "\n";
  } else {
    for (const auto& e : res.errors) ctx.out << prefix(e).located() << "\n";
    for (const auto& e : res.warnings) {
      std::string line = prefix(e).located();
      line.replace(line.find("error: "), 7, "warning: ");
      ctx.out << line << "\n";
    }
    std::string summary = std::to_string(files.size()) + " files, " + std::to_string(res.bank.questions.size()) +
                          " questions: " + std::to_string(res.errors.size()) + " error(s), " +
                          std::to_string(res.warnings.size()) + " warning(s)";
    ctx.err << "kkori bank lint: " << paint(ctx, res.errors.empty() ? Color::green : Color::red, summary) << "\n";
  }
  if (!res.errors.empty()) ctx.exit_code = kExitUser;
}

struct ListOptions {
  std::string area;
  int level = 0;
  std::string role;
  bool roots_only = false;
};

void list(Context& ctx, const ListOptions& o) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  if (!o.area.empty() && !is_area(o.area)) return ctx.error("unknown area '" + o.area + "'");
  Json arr = Json::array();
  std::size_t n = 0;
  for (const auto& q : b->questions) {
    if (!o.area.empty() && q.area != o.area) continue;
    if (o.level && q.level != o.level) continue;
    if (!o.role.empty() && std::find(q.roles.begin(), q.roles.end(), o.role) == q.roles.end()) continue;
    bool tail = b->is_tail(q.id);
    if (o.roots_only && tail) continue;
    ++n;
    if (ctx.json) {
      arr.push_back(Json{{"id", q.id},
                         {"area", q.area},
                         {"level", q.level},
                         {"roles", q.roles},
                         {"tail", tail},
                         {"prompt", q.prompt.get(ctx.lang)}});
    } else {
      ctx.out << pad_cols(paint(ctx, Color::cyan, q.id), ctx.color ? 36 + 9 : 36) << " " << q.level << " "
              << truncate_cols(q.prompt.get(ctx.lang), 41) << "\n";
    }
  }
  if (ctx.json)
    ctx.out << arr.dump(2) << "\n";
  else
    ctx.err << n << tr(ctx, "개 질문", " questions") << "\n";
}

void show(Context& ctx, const std::string& id) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  const Question* q = b->find(id);
  if (!q) return ctx.error("no question with id '" + id + "' (try `kkori bank search`)");
  if (ctx.json) {
    Json j = to_json(*q);
    j["tail"] = b->is_tail(q->id);
    j["chain_depth"] = b->chain_depth(q->id);
    ctx.out << j.dump(2) << "\n";
    return;
  }
  const Lang l = ctx.lang;
  auto& o = ctx.out;
  o << paint(ctx, Color::cyan, q->id) << "  [" << q->area << " · level " << q->level << " ·";
  for (const auto& r : q->roles) o << " " << r;
  o << "]\n\n" << paint(ctx, Color::bold, wrap(q->prompt.get(l), 80)) << "\n\n";
  o << paint(ctx, Color::yellow, tr(ctx, "모범 답안", "Model answer")) << "\n"
    << wrap(q->answer.get(l), 80, "  ") << "\n\n";
  if (!q->keypoints.empty()) {
    o << paint(ctx, Color::yellow, tr(ctx, "핵심 포인트", "Keypoints")) << "\n";
    for (const auto& k : q->keypoints) {
      char w[16];
      std::snprintf(w, sizeof w, "%.3g", k.weight);
      o << "  - " << k.id << " (" << w << "): " << wrap(k.text.get(l), 76, "    ").substr(4) << "\n";
    }
    o << "\n";
  }
  if (!q->followups.empty()) {
    o << paint(ctx, Color::yellow, tr(ctx, "꼬리질문", "Tail questions")) << "\n";
    for (const auto& f : q->followups) o << "  → " << f.target << "  (" << when_to_string(f.when) << ")\n";
    o << "\n";
  }
  if (!q->hints.empty()) {
    o << paint(ctx, Color::yellow, tr(ctx, "힌트", "Hints")) << "\n";
    for (std::size_t i = 0; i < q->hints.size(); ++i)
      o << "  " << i + 1 << ". " << wrap(q->hints[i].get(l), 76, "     ").substr(5) << "\n";
    o << "\n";
  }
  if (!q->seen_at.empty()) {
    o << paint(ctx, Color::dim, tr(ctx, "공개 면접 후기에서 언급:", "Reported in public interview reviews:"));
    for (std::size_t i = 0; i < q->seen_at.size(); ++i) o << (i ? ", " : " ") << q->seen_at[i].company;
    o << "\n";
  }
}

void stats(Context& ctx) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  bank::Stats s = bank::compute_stats(*b);
  if (ctx.json) {
    Json by_area = Json::object();
    for (const auto& [area, a] : s.by_area) {
      Json lv = Json::object();
      for (const auto& [level, c] : a.by_level) lv[std::to_string(level)] = c;
      by_area[area] = Json{
          {"questions", a.questions}, {"tails", a.tails}, {"by_level", lv}, {"max_chain_depth", a.max_chain_depth}};
    }
    ctx.out << Json{{"questions", s.questions},
                    {"tails", s.tails},
                    {"glossary", s.glossary},
                    {"tracks", s.tracks},
                    {"max_chain_depth", s.max_chain_depth},
                    {"by_area", by_area}}
                   .dump(2)
            << "\n";
    return;
  }
  auto& o = ctx.out;
  o << pad_cols(tr(ctx, "영역", "area"), 11) << pad_cols(tr(ctx, "질문", "questions"), 10)
    << pad_cols(tr(ctx, "꼬리", "tails"), 7) << "L1   L2   L3   " << tr(ctx, "최대 깊이", "deepest") << "\n";
  std::size_t widest = 1;
  for (const auto& [area, a] : s.by_area) widest = std::max<std::size_t>(widest, static_cast<std::size_t>(a.questions));
  for (const auto& [area, a] : s.by_area) {
    char row[96];
    auto lvl = [&](int l) {
      auto it = a.by_level.find(l);
      return it == a.by_level.end() ? 0 : it->second;
    };
    std::snprintf(row, sizeof row, "%-11s%-10d%-7d%-5d%-5d%-5d%-8d", area.c_str(), a.questions, a.tails, lvl(1), lvl(2),
                  lvl(3), a.max_chain_depth);
    std::size_t bar = static_cast<std::size_t>(a.questions) * 20 / widest;
    std::string bars;
    for (std::size_t i = 0; i < bar; ++i) bars += "█";
    o << row << paint(ctx, Color::cyan, bars) << "\n";
  }
  o << "\n"
    << tr(ctx, "전체 ", "total ") << s.questions << tr(ctx, "문항, 꼬리질문 ", " questions, ") << s.tails
    << tr(ctx, "개, 최대 체인 깊이 ", " tail questions, deepest chain ") << s.max_chain_depth
    << tr(ctx, ", 용어집 ", ", glossary ") << s.glossary << tr(ctx, "개 개념, 트랙 ", " concepts, ") << s.tracks
    << tr(ctx, "개", " tracks") << "\n";
}

void search(Context& ctx, const std::string& query, int limit) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  auto index = bank::SearchIndex::build(*b);
  if (!index) return ctx.error(index.error().message, kExitInternal);
  auto hits = index->search(query, limit);
  if (!hits) return ctx.error(hits.error().message);
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& h : *hits)
      arr.push_back(Json{{"id", h.question->id},
                         {"area", h.question->area},
                         {"level", h.question->level},
                         {"prompt", h.question->prompt.get(ctx.lang)},
                         {"score", h.score}});
    ctx.out << arr.dump(2) << "\n";
    return;
  }
  if (hits->empty()) {
    ctx.err << tr(ctx, "검색 결과가 없습니다: ", "no questions match: ") << query << "\n";
    return;
  }
  for (const auto& h : *hits)
    ctx.out << pad_cols(paint(ctx, Color::cyan, h.question->id), ctx.color ? 36 + 9 : 36) << " "
            << truncate_cols(h.question->prompt.get(ctx.lang), 43) << "\n";
}

}  // namespace

void add_bank_commands(CLI::App& app, Context& ctx) {
  auto* bank = app.add_subcommand("bank", "The question bank: lint, list, show, stats, search / 질문 은행");
  bank->require_subcommand(1);

  bank->add_subcommand("lint",
                       "Check content files (the bundled bank, or --content DIR); each problem as "
                       "path:line:col: error: message; exit 1 when there are errors")
      ->callback([&ctx] { lint(ctx); });

  auto* ls = bank->add_subcommand("list", "List questions / 질문 목록");
  auto lo = std::make_shared<ListOptions>();
  ls->add_option("--area", lo->area, "Only this area (ml, dl, nlp, cv, genai, math, cs, linux, mlops, ...)");
  ls->add_option("--level", lo->level, "Only this level (1-3)")->check(CLI::Range(1, 3));
  ls->add_option("--role", lo->role, "Only questions for this role (mle, mlse, research, sa, ds)");
  ls->add_flag("--roots", lo->roots_only, "Only root questions (no tail questions)");
  ls->callback([&ctx, lo] { list(ctx, *lo); });

  auto* sh = bank->add_subcommand("show", "Show one question with its model answer, keypoints and tail questions");
  auto id = std::make_shared<std::string>();
  sh->add_option("id", *id, "Question id, e.g. ml.kl-divergence")->required();
  sh->callback([&ctx, id] { show(ctx, *id); });

  bank->add_subcommand("stats", "Counts per area and level, tail questions, deepest chain, glossary size")
      ->callback([&ctx] { stats(ctx); });

  auto* se = bank->add_subcommand("search", "Search prompts, answers, keypoints and glossary in Korean or English");
  auto q = std::make_shared<std::string>();
  auto limit = std::make_shared<int>(10);
  se->add_option("query", *q, "Words to look for, e.g. \"KL 발산\"")->required();
  se->add_option("--limit", *limit, "At most this many results (default 10)")->check(CLI::PositiveNumber);
  se->callback([&ctx, q, limit] { search(ctx, *q, *limit); });
}

}  // namespace kkori::cli
