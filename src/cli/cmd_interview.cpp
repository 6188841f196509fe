// `kkori drill`, `kkori interview`, `kkori report`: practice sessions in the terminal or scripted.
#include <algorithm>
#include <ostream>
#include <random>

#include "bank/search.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/practice_deps.hpp"
#include "cli/resume_source.hpp"
#include "cli/session_runner.hpp"
#include "cli/term.hpp"
#include "interview/codec.hpp"
#include "interview/planner.hpp"
#include "interview/report.hpp"
#include "store/store.hpp"

namespace kkori::cli {

namespace {

struct SessionOptions {
  std::string target;        // drill: id/area/words; interview: unused
  std::string track;         // interview
  int minutes = 0;           // 0 = the track's (interview) or 5 (drill)
  int depth = 3;             // drill
  std::uint64_t seed = 0;    // 0 = from the clock
  std::string answers_file;  // scripted answers (JSONL {"answer": ...})
  bool resume = false;       // continue the last unfinished session
  std::string resume_from;   // interview: the résumé for a project round, a FILE or a saved ID
};

interview::PlanInput plan_input(store::Store& st, std::uint64_t seed, std::int64_t now) {
  interview::PlanInput in;
  in.seed = seed;
  in.now_ms = now;
  if (auto stats = st.question_stats())
    for (const auto& s : *stats)
      in.history[s.question_id] = interview::QuestionHistory{s.attempts, s.mean_score, s.last_score, s.last_at_ms};
  return in;
}

Result<interview::Plan> drill_plan(const bank::Bank& b, const SessionOptions& o, std::uint64_t seed,
                                   const interview::PlanInput& in) {
  std::vector<const Question*> candidates;
  const Question* fixed = o.target.empty() ? nullptr : b.find(o.target);
  if (!fixed) {
    for (const auto& q : b.questions)
      if (o.target.empty() || q.area == o.target) candidates.push_back(&q);
    if (candidates.empty()) {
      auto index = bank::SearchIndex::build(b);
      if (!index) return std::unexpected(index.error());
      auto hits = index->search(o.target, 8);
      if (hits)
        for (const auto& h : *hits) candidates.push_back(h.question);
    }
  }
  std::mt19937_64 rng(seed);
  std::set<std::string> recent;
  for (const auto& [id, h] : in.history)
    if (h.last_score >= 0.8 && in.now_ms - h.last_at_ms < 7LL * 86'400'000) recent.insert(id);
  auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const Question* root = fixed ? fixed : interview::choose_root(b, candidates, recent, pick);
  if (!root && !fixed) root = interview::choose_root(b, candidates, {}, pick);
  if (!root) return fail(Errc::not_found, "no question matches '" + o.target + "' (try `kkori bank search`)");
  Round r;
  r.id = "drill";
  r.name = Bilingual{"드릴", "Drill"};
  r.areas = {root->area};
  r.count = 1;
  r.minutes = o.minutes > 0 ? o.minutes : 10;
  r.question_minutes = std::max(1, r.minutes / (o.depth + 1));
  r.max_depth = o.depth;
  return interview::Plan{"drill", {interview::PlannedRound{r, {root->id}}}};
}

// The track to run: --track, or with only --resume FILE|ID the first track with a project round.
Result<const Track*> interview_track(const bank::Bank& b, const SessionOptions& o) {
  if (o.track.empty() && !o.resume_from.empty()) {
    if (const Track* t = interview::first_resume_track(b)) return t;
    return fail(Errc::not_found, "no track has a project round to ask résumé questions in (areas: [project])");
  }
  const Track* t = b.find_track(o.track);
  if (!t) {
    std::string names;
    for (const auto& tr : b.tracks) names += (names.empty() ? "" : ", ") + tr.id;
    return fail(Errc::not_found, "no track '" + o.track + "' (tracks: " + names + ")");
  }
  if (!o.resume_from.empty() && std::none_of(t->rounds.begin(), t->rounds.end(), interview::is_resume_round)) {
    std::string names;
    for (const auto& tr : b.tracks)
      if (std::any_of(tr.rounds.begin(), tr.rounds.end(), interview::is_resume_round))
        names += (names.empty() ? "" : ", ") + tr.id;
    return fail(Errc::invalid_input, "track '" + o.track + "' has no project round for --resume" +
                                         (names.empty() ? std::string() : " (tracks with one: " + names + ")"));
  }
  return t;
}

Result<interview::Plan> interview_plan(const bank::Bank& b, const Track& t, const SessionOptions& o,
                                       const interview::PlanInput& in) {
  Track track = t;
  if (o.minutes > 0) {  // scale every round to the requested total
    int total = 0;
    for (const auto& r : track.rounds) total += r.minutes;
    for (auto& r : track.rounds) {
      r.minutes = std::max(1, r.minutes * o.minutes / std::max(1, total));
      if (r.question_minutes > r.minutes) r.question_minutes = r.minutes;
    }
  }
  return interview::plan_track(b, track, in);
}

// Says once, before the first question, where each project round's questions come from.
void say_resume_rounds(Context& ctx, const interview::Plan& plan) {
  for (const auto& r : plan.rounds) {
    if (r.source == interview::RootSource::no_resume) {
      std::string msg = tr(ctx,
                           "저장된 이력서가 없어 프로젝트 라운드는 공통 프로젝트 질문으로 진행합니다. 이력서로 하려면 "
                           "`kkori resume save FILE` 또는 `--resume FILE`.",
                           "No saved résumé: the project round asks the bank's general project questions. For "
                           "questions from your résumé: `kkori resume save FILE` or `--resume FILE`.");
      if (ctx.json)
        ctx.err << "kkori: note: " << msg << "\n";
      else
        ctx.out << paint(ctx, Color::yellow, msg) << "\n";
    } else if (r.source == interview::RootSource::resume && !ctx.json) {
      int n[3] = {0, 0, 0};
      for (const auto& q : r.resume) ++n[static_cast<int>(q.kind)];
      ctx.out << paint(ctx, Color::dim,
                       std::string(tr(ctx, "프로젝트 라운드: 이력서 “", "Project round: ")) + plan.resume_title +
                           tr(ctx, "”에서 질문 ", "'s questions, ") + std::to_string(r.roots.size()) + " (" +
                           tr(ctx, "수치 ", "claims ") + std::to_string(n[0]) + " · " +
                           tr(ctx, "기술 ", "technology ") + std::to_string(n[1]) + " · " +
                           tr(ctx, "공통 ", "templates ") + std::to_string(n[2]) + ")")
              << "\n";
    }
  }
}

void finish(Context& ctx, const bank::Bank& b, interview::Interview& iv, store::Store& st, std::int64_t sid, RunEnd end,
            SystemClock& sys) {
  interview::Report rep = interview::make_report(b, iv.plan(), iv.turns(), iv.chain_ends());
  Json report = interview::report_to_json(rep);
  const bool ended = end == RunEnd::finished || end == RunEnd::quit;
  if (ended) {
    if (auto w = st.set_report(sid, report.dump()); !w) return ctx.error(w.error().message, kExitInternal);
    if (auto w = st.end_session(sid, sys.now_ms()); !w) return ctx.error(w.error().message, kExitInternal);
  }
  if (ctx.json) {
    Json turns = Json::array();
    for (const auto& t : iv.turns()) turns.push_back(interview::turn_to_json(t, b, ctx.lang, false, &iv.plan()));
    Json out{
        {"session", sid}, {"track", iv.plan().track_id}, {"finished", ended}, {"turns", turns}, {"report", report}};
    if (!iv.plan().resume_title.empty())
      out["resume"] = Json{{"id", iv.plan().resume_id}, {"title", iv.plan().resume_title}};
    ctx.out << out.dump(2) << "\n";
    return;
  }
  print_report(ctx, b, rep);
  if (!ended)
    ctx.out << tr(ctx, "세션을 저장했습니다. 이어서 하려면: kkori interview --resume",
                  "Session saved. Continue with: kkori interview --resume")
            << "\n";
}

void run(Context& ctx, const SessionOptions& o, bool is_drill) {
  auto deps = open_practice(ctx);
  if (!deps) return;
  const bank::Bank* b = deps->bank;
  auto& grader = deps->grader;
  auto& st = deps->store;
  std::optional<std::vector<std::string>> scripted;
  if (!o.answers_file.empty()) {
    auto a = read_scripted_answers(o.answers_file);
    if (!a) return ctx.error(a.error().located());
    scripted.emplace();
    for (const auto& j : *a) scripted->push_back(j["answer"].get<std::string>());
  }
  SystemClock sys;
  const std::uint64_t seed = o.seed ? o.seed : static_cast<std::uint64_t>(sys.now_ms());
  // Scripted runs use a clock that starts at the real time and advances one minute per answer,
  // so the same seed and answers give the same transcript.
  FixedClock fixed(sys.now_ms());
  Clock& clock = scripted ? static_cast<Clock&>(fixed) : static_cast<Clock&>(sys);

  Session session;
  std::optional<interview::Plan> plan;
  std::vector<Attempt> earlier;
  if (o.resume) {
    auto open = st->last_open_session(is_drill ? "drill" : "interview");
    if (!open) return ctx.error(open.error().message, kExitInternal);
    const std::optional<Session>& found = *open;
    if (!found) return ctx.error("there is no unfinished session to resume");
    session = *found;
    auto p = interview::plan_from_json(Json::parse(session.plan_json, nullptr, false), *b);
    if (!p) return ctx.error(p.error().message);
    plan = std::move(*p);
    store::AttemptFilter f;
    f.session_id = session.id;
    f.limit = 100000;
    auto rows = st->attempts(f);
    if (!rows) return ctx.error(rows.error().message, kExitInternal);
    earlier.assign(rows->rbegin(), rows->rend());  // oldest first
  } else {
    auto in = plan_input(*st, seed, clock.now_ms());
    Result<interview::Plan> p = fail(Errc::internal, "no plan");
    if (is_drill) {
      p = drill_plan(*b, o, seed, in);
    } else {
      auto track = interview_track(*b, o);
      if (!track) return ctx.error(track.error().message);
      if (std::any_of((*track)->rounds.begin(), (*track)->rounds.end(), interview::is_resume_round)) {
        auto cv = load_round_resume(ctx, *b, o.resume_from);
        if (!cv) return ctx.error(cv.error().message);
        in.resume = std::move(*cv);
      }
      p = interview_plan(*b, **track, o, in);
    }
    if (!p) return ctx.error(p.error().message);
    plan = std::move(*p);
    session.kind = is_drill ? "drill" : "interview";
    session.track = is_drill ? o.target : plan->track_id;
    session.lang = ctx.lang;
    session.started_at_ms = clock.now_ms();
    session.seed = seed;
    session.plan_json = interview::plan_to_json(*plan).dump();
    auto id = st->create_session(session);
    if (!id) return ctx.error(id.error().message, kExitInternal);
    session.id = *id;
  }

  interview::Interview iv(*b, *grader, *plan, earlier.empty() ? clock.now_ms() : earlier.front().created_at_ms);
  for (const auto& a : earlier) {  // replay a resumed session: same answers, same grader, same state
    if (iv.done()) break;
    iv.answer(a.answer, a.created_at_ms);
  }
  if (!ctx.json && !o.resume)
    ctx.out << paint(ctx, Color::bold,
                     is_drill ? tr(ctx, "꼬리 드릴", "kkori drill") : tr(ctx, "모의 면접", "Mock interview"))
            << paint(ctx, Color::dim,
                     std::string(" · ") + tr(ctx, "답변은 저장됩니다: ", "answers are saved to ") + ctx.db_path)
            << "\n";
  if (!o.resume) say_resume_rounds(ctx, *plan);
  RunEnd end = iv.done() ? RunEnd::finished : run_session(ctx, *b, iv, *st, session.id, clock, RunInput{scripted});
  if (end == RunEnd::error) return;
  finish(ctx, *b, iv, *st, session.id, end, sys);
}

void report(Context& ctx, std::int64_t id) {
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  auto st = store::open_store(ctx.db_path);
  if (!st) return ctx.error(st.error().message);
  if (id == 0) {
    auto list = (*st)->sessions(50);
    if (!list) return ctx.error(list.error().message, kExitInternal);
    for (const auto& s : *list)
      if (s.kind != "grade" && !s.report_json.empty()) {
        id = s.id;
        break;
      }
    if (id == 0) return ctx.error("no finished session yet: start one with `kkori drill` or `kkori interview`");
  }
  auto s = (*st)->session(id);
  if (!s) return ctx.error(s.error().message);
  store::AttemptFilter f;
  f.session_id = id;
  f.limit = 100000;
  auto rows = (*st)->attempts(f);
  if (!rows) return ctx.error(rows.error().message, kExitInternal);
  Json rep = Json::parse(s->report_json.empty() ? "{}" : s->report_json, nullptr, false);
  if (ctx.json) {
    Json attempts = Json::array();
    for (auto it = rows->rbegin(); it != rows->rend(); ++it)
      attempts.push_back(Json{{"question_id", it->question_id}, {"score", it->score}, {"answer", it->answer}});
    ctx.out << Json{{"session", id},
                    {"kind", s->kind},
                    {"track", s->track},
                    {"started_at_ms", s->started_at_ms},
                    {"ended_at_ms", s->ended_at_ms},
                    {"report", rep},
                    {"attempts", attempts}}
                   .dump(2)
            << "\n";
    return;
  }
  interview::Report r;
  r.answered = rep.value("answered", 0);
  r.mean_score = rep.value("mean_score", 0.0);
  r.dont_know = rep.value("dont_know", 0);
  for (const auto& t : rep.value("topics", Json::array())) {
    r.topics.push_back(interview::TopicReport{t.value("root", ""), t.value("round", ""), t.value("asked", 0),
                                              t.value("depth_reached", 0), t.value("mean_score", 0.0),
                                              t.value("stopped", "")});
    if (t.contains("resume"))
      if (auto item = interview::resume_item_from_json(t.at("resume"))) r.topics.back().resume = std::move(*item);
  }
  for (const auto& x : rep.value("study", Json::array()))
    r.study.push_back(
        interview::StudyItem{x.value("question_id", ""), x.value("keypoint", ""), 0, 0, x.value("priority", 0.0)});
  ctx.out << tr(ctx, "세션 ", "Session ") << id << " · " << s->kind << " · " << s->track << "\n";
  print_report(ctx, *b, r);
}

void add_common(CLI::App* cmd, SessionOptions& o) {
  cmd->add_option("--minutes", o.minutes, "Time budget in minutes")->check(CLI::Range(1, 600));
  cmd->add_option("--seed", o.seed, "Random seed for question choice (same seed + answers = same transcript)");
  cmd->add_option("--answers", o.answers_file, "Scripted answers: a JSONL file of {\"answer\": \"...\"}");
}

}  // namespace

void add_interview_commands(CLI::App& app, Context& ctx) {
  auto d = std::make_shared<SessionOptions>();
  auto* drill = app.add_subcommand("drill", "One question and its tail questions, graded / 질문 하나와 꼬리질문");
  drill->add_option("topic", d->target, "A question id (ml.kl-divergence), an area (dl) or search words (attention)");
  drill->add_option("--depth", d->depth, "Tail questions at most (default 3)")->check(CLI::Range(0, 10));
  add_common(drill, *d);
  drill->add_flag("--resume", d->resume, "Continue the last unfinished drill");
  drill->callback([&ctx, d] { run(ctx, *d, true); });

  auto i = std::make_shared<SessionOptions>();
  auto* iv = app.add_subcommand("interview", "A whole mock interview from a track / 모의 면접");
  iv->add_option("--track", i->track, "Track id (see `kkori bank stats`): dl-six-round, ml-engineer, ...");
  add_common(iv, *i);
  auto* resume_opt =
      iv->add_option("--resume", i->resume_from,
                     "Alone: continue the last unfinished interview. With FILE or ID: the project round asks "
                     "questions from that résumé (a file is read and not stored; an ID is `kkori resume list`'s) / "
                     "값 없이: 이어서 하기. FILE/ID: 그 이력서로 프로젝트 라운드")
          ->expected(0, 1);
  iv->footer(
      "A track round whose areas include `project` asks questions from your résumé: --resume FILE|ID, else\n"
      "the most recently saved one (`kkori resume save FILE`), else the bank's general project questions.\n"
      "--resume FILE without --track picks the first track with a project round.\n"
      "프로젝트 라운드는 이력서(--resume FILE|ID, 없으면 마지막으로 저장한 이력서)에서 질문합니다.");
  iv->callback([&ctx, i, resume_opt] {
    i->resume = resume_opt->count() > 0 && i->resume_from.empty();
    if (i->track.empty() && !i->resume && i->resume_from.empty()) return ctx.error("give --track T (or --resume)");
    run(ctx, *i, false);
  });

  auto id = std::make_shared<std::int64_t>(0);
  auto* rep = app.add_subcommand("report", "Print a session's report again (default: the last finished one)");
  rep->add_option("session", *id, "Session id (see `kkori report --json` or `kkori history`)");
  rep->callback([&ctx, id] { report(ctx, *id); });
}

}  // namespace kkori::cli
