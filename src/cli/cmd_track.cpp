// `kkori track …`: the application tracker (docs/tracker.md) — applications and their stages,
// notes, questions heard in rounds (with the closest bank questions proposed), reminders, the
// funnel, the personal question bank, and JSON/CSV/YAML import and export.
#include <array>
#include <cmath>
#include <fstream>
#include <ostream>
#include <set>
#include <sstream>

#include "bank/search.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/term.hpp"
#include "cli/track_view.hpp"
#include "core/clock.hpp"
#include "store/tracker_store.hpp"
#include "tracker/codec.hpp"
#include "tracker/export.hpp"
#include "tracker/funnel.hpp"
#include "tracker/personal.hpp"
#include "tracker/propose.hpp"
#include "tracker/reminders.hpp"

namespace kkori::cli {

namespace {

using store::TrackerStore;
using tracker::Application;

std::unique_ptr<TrackerStore> open_tracker(Context& ctx) {
  auto st = TrackerStore::open(ctx.db_path);
  if (!st) {
    ctx.error(st.error().message);
    return nullptr;
  }
  return std::move(*st);
}

// Reports a store/core error: user mistakes exit 1, the rest 2.
void report(Context& ctx, const Error& e) {
  ctx.error(e.located().substr(e.located().find("error: ") + 7),
            e.code == Errc::io || e.code == Errc::internal ? kExitInternal : kExitUser);
}

// --date (default: now) or nullopt after reporting the problem.
std::optional<std::int64_t> date_or_now(Context& ctx, const std::string& s) {
  if (s.empty()) return SystemClock{}.now_ms();
  auto d = parse_date(s);
  if (!d) ctx.error("date '" + s + "' must look like 2025-03-14 or 2025-03-14 15:30");
  return d;
}

void print_json(Context& ctx, const Json& j) { ctx.out << j.dump(2) << "\n"; }

// ---- applications -------------------------------------------------------------------------

struct AddOptions {
  std::string company, role, source = "posting", date, note;
};

void add(Context& ctx, const AddOptions& o) {
  Application a;
  a.company = o.company;
  a.role = o.role;
  auto src = tracker::parse_source(o.source);
  if (!src) return ctx.error("unknown --source '" + o.source + "' (posting, referral, recruiter, direct, other)");
  a.source = *src;
  auto when = date_or_now(ctx, o.date);
  if (!when) return;
  a.applied_at_ms = *when;
  if (!o.note.empty()) a.notes.push_back(tracker::Note{0, *when, o.note});
  auto st = open_tracker(ctx);
  if (!st) return;
  auto id = st->add_application(a, SystemClock{}.now_ms());
  if (!id) return report(ctx, id.error());
  if (ctx.json) return print_json(ctx, tracker::application_to_json(a));
  ctx.out << tr(ctx, "지원을 추가했습니다: #", "Added application #") << *id << " " << a.company << " — " << a.role
          << "\n"
          << paint(ctx, Color::dim,
                   std::string(tr(ctx, "다음: kkori track stage ", "next: kkori track stage ")) + std::to_string(*id) +
                       " screening|coding-test|interview --type technical ...")
          << "\n";
}

void list(Context& ctx, bool active_only) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto apps = st->applications();
  if (!apps) return report(ctx, apps.error());
  if (active_only)
    std::erase_if(*apps, [](const Application& a) { return tracker::outcome(a) != tracker::Outcome::active; });
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& a : *apps) arr.push_back(tracker::application_to_json(a));
    return print_json(ctx, arr);
  }
  if (apps->empty()) {
    ctx.err << tr(ctx, "아직 지원 기록이 없습니다. kkori track add --company C --role R 로 시작하세요.",
                  "No applications yet. Start with: kkori track add --company C --role R")
            << "\n";
    return;
  }
  for (const auto& a : *apps) print_application_row(ctx, a);
}

void show(Context& ctx, std::int64_t id) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto a = st->application(id);
  if (!a) return report(ctx, a.error());
  const std::int64_t now = SystemClock{}.now_ms();
  if (ctx.json) return print_json(ctx, tracker::application_to_json(*a));
  print_timeline(ctx, *a, now);
  ctx.out << "  " << tr(ctx, "다음 가능한 단계: ", "next stages: ");
  auto next = tracker::next_stages(a->current());
  for (std::size_t i = 0; i < next.size(); ++i) ctx.out << (i ? ", " : "") << tracker::to_string(next[i]);
  ctx.out << (next.empty() ? tr(ctx, "없음 (종료)", "none (closed)") : "") << "\n";
}

struct StageOptions {
  std::int64_t id = 0;
  std::string stage, type, date, note;
  int round = 0;
};

void stage(Context& ctx, const StageOptions& o) {
  auto s = tracker::parse_stage(o.stage);
  if (!s) {
    std::string names;
    for (auto n : tracker::stage_names()) names += (names.empty() ? "" : ", ") + std::string(n);
    return ctx.error("unknown stage '" + o.stage + "' (" + names + ")");
  }
  tracker::StageEntry e;
  e.stage = *s;
  if (!o.type.empty()) {
    auto t = tracker::parse_round_type(o.type);
    if (!t) return ctx.error("unknown --type '" + o.type + "' (technical, project, sysdesign, behavioral, executive)");
    e.type = *t;
  }
  e.round = o.round;
  e.note = o.note;
  auto when = date_or_now(ctx, o.date);
  if (!when) return;
  e.at_ms = *when;
  auto st = open_tracker(ctx);
  if (!st) return;
  auto saved = st->add_stage(o.id, e);
  if (!saved) return report(ctx, saved.error());
  if (ctx.json) return print_json(ctx, tracker::stage_to_json(*saved));
  ctx.out << "#" << o.id << " → " << stage_label(*saved) << " " << format_datetime(saved->at_ms) << "\n";
  if (saved->stage == tracker::Stage::interview)
    ctx.out << paint(
                   ctx, Color::dim,
                   std::string(tr(ctx, "받은 질문 기록: kkori track heard ", "log the questions: kkori track heard ")) +
                       std::to_string(o.id) + " \"...\" --round " + std::to_string(saved->round))
            << "\n";
}

void note(Context& ctx, std::int64_t id, const std::string& text, const std::string& date) {
  auto when = date_or_now(ctx, date);
  if (!when) return;
  auto st = open_tracker(ctx);
  if (!st) return;
  auto n = st->add_note(id, tracker::Note{0, *when, text});
  if (!n) return report(ctx, n.error());
  if (ctx.json)
    return print_json(ctx, Json{{"id", n->id}, {"application_id", id}, {"at_ms", n->at_ms}, {"text", n->text}});
  ctx.out << tr(ctx, "메모를 남겼습니다.", "Note saved.") << "\n";
}

// ---- heard questions and the personal bank --------------------------------------------------

struct HeardOptions {
  std::int64_t id = 0;  // application (heard) or heard question (link)
  std::string text;
  int round = 0;
  std::string link;  // a bank or personal question id
  bool personal = false;
  std::string area, answer;
  int level = 2;
  int limit = 3;
};

Json proposal_json(const tracker::Proposal& p) {
  return Json{{"id", p.question->id},
              {"prompt", Json{{"ko", p.question->prompt.ko}, {"en", p.question->prompt.en}}},
              {"similarity", p.similarity},
              {"likely", p.similarity >= tracker::kLikelySimilarity}};
}

// The id of a question the user may link to: in the loaded bank (with personal questions that
// have answers) or in the personal bank.
bool known_question(Context& ctx, TrackerStore& st, const std::string& id) {
  if (const bank::Bank* b = ctx.bank(); b && b->find(id)) return true;
  if (!tracker::is_personal_id(id)) return false;
  auto p = st.personal_question(id);
  return p && p->has_value();
}

// Creates the personal question for heard question `h` and links it. Returns its id ("" on error).
std::string make_personal(Context& ctx, TrackerStore& st, const tracker::Heard& h, const HeardOptions& o,
                          const std::vector<tracker::Proposal>& proposals) {
  auto app = st.application(h.application_id);
  if (!app) {
    report(ctx, app.error());
    return "";
  }
  tracker::PersonalDraft d;
  d.text = h.text;
  d.area = !o.area.empty() ? o.area : proposals.empty() ? std::string() : proposals.front().question->area;
  if (d.area.empty()) {
    ctx.error(
        "give the area of the question with --area (ml, dl, nlp, cv, genai, math, cs, linux, mlops, "
        "sysdesign, project, behavioral)");
    return "";
  }
  d.level = o.level;
  d.role_kind = tracker::role_kind(app->role);
  d.company = app->company;
  if (const auto* e = app->stage(h.stage_id)) d.stage = std::string(tracker::content_stage(e->stage, e->type));
  d.answer = o.answer;
  auto existing = st.personal_questions();
  if (!existing) {
    report(ctx, existing.error());
    return "";
  }
  std::set<std::string> taken;
  for (const auto& q : *existing) taken.insert(q.id);
  auto q = tracker::new_personal(d, taken);
  if (!q) {
    report(ctx, q.error());
    return "";
  }
  if (auto r = st.save_personal(*q, SystemClock{}.now_ms()); !r) {
    report(ctx, r.error());
    return "";
  }
  return q->id;
}

// Links heard question `h` as `o` says (--link ID or --personal); prints nothing. "" when neither.
std::string apply_link(Context& ctx, TrackerStore& st, tracker::Heard& h, const HeardOptions& o,
                       const std::vector<tracker::Proposal>& proposals) {
  std::string target;
  if (!o.link.empty()) {
    if (!known_question(ctx, st, o.link)) {
      ctx.error("no question '" + o.link + "' in the bank or your personal questions");
      return "";
    }
    target = o.link;
  } else if (o.personal) {
    target = make_personal(ctx, st, h, o, proposals);
    if (target.empty()) return "";
  } else {
    return "";
  }
  if (auto r = st.link_heard(h.id, target); !r) {
    report(ctx, r.error());
    return "";
  }
  h.question_id = target;
  return target;
}

Result<std::vector<tracker::Proposal>> proposals_for(Context& ctx, const std::string& text, int limit) {
  const bank::Bank* b = ctx.bank();
  if (!b) return std::vector<tracker::Proposal>{};
  auto index = bank::SearchIndex::build(*b);
  if (!index) return std::unexpected(index.error());
  return tracker::propose(*index, text, limit);
}

void print_proposals(Context& ctx, const tracker::Heard& h, const std::vector<tracker::Proposal>& ps) {
  if (ps.empty()) {
    ctx.out << tr(ctx, "비슷한 은행 질문이 없습니다. 개인 질문으로 남기려면: ",
                  "No similar bank question. Keep it as your own: ")
            << "kkori track link " << h.id << " --personal --area AREA\n";
    return;
  }
  ctx.out << tr(ctx, "가장 가까운 은행 질문:", "Closest bank questions:") << "\n";
  for (std::size_t i = 0; i < ps.size(); ++i) {
    char pct[8];
    std::snprintf(pct, sizeof pct, "%3d%%", static_cast<int>(std::lround(ps[i].similarity * 100)));
    ctx.out << "  " << i + 1 << ". " << pad_cols(paint(ctx, Color::cyan, ps[i].question->id), ctx.color ? 36 + 9 : 36)
            << " " << pct << "  " << truncate_cols(ps[i].question->prompt.get(ctx.lang), 50) << "\n";
  }
  ctx.out << tr(ctx, "같은 질문이면: ", "Same question? ") << "kkori track link " << h.id << " "
          << ps.front().question->id << "   " << tr(ctx, "· 내 질문으로: ", "· keep as yours: ") << "kkori track link "
          << h.id << " --personal\n";
}

void heard(Context& ctx, const HeardOptions& o) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto app = st->application(o.id);
  if (!app) return report(ctx, app.error());
  const std::int64_t now = SystemClock{}.now_ms();
  tracker::Heard h;
  h.application_id = o.id;
  h.text = o.text;
  h.at_ms = now;
  if (o.round > 0) {
    const auto* e = app->round(o.round);
    if (!e)
      return ctx.error("application #" + std::to_string(o.id) + " has no interview round " + std::to_string(o.round));
    h.stage_id = e->id;
  } else {
    // The newest step that has already happened: the round just taken.
    for (auto it = app->stages.rbegin(); it != app->stages.rend(); ++it)
      if (it->at_ms <= now) {
        h.stage_id = it->id;
        break;
      }
  }
  auto saved = st->add_heard(h);
  if (!saved) return report(ctx, saved.error());
  h = *saved;
  auto proposals = proposals_for(ctx, h.text, o.limit);
  if (!proposals) return report(ctx, proposals.error());
  std::string linked = apply_link(ctx, *st, h, o, *proposals);
  if (ctx.exit_code != kExitOk) return;
  if (ctx.json) {
    Json ps = Json::array();
    for (const auto& p : *proposals) ps.push_back(proposal_json(p));
    return print_json(ctx, Json{{"heard", tracker::heard_to_json(h)}, {"proposals", ps}});
  }
  const auto* e = app->stage(h.stage_id);
  ctx.out << tr(ctx, "기록했습니다: #", "Logged #") << h.id << (e ? " (" + stage_label(*e) + ")" : std::string())
          << "\n";
  if (!linked.empty())
    ctx.out << tr(ctx, "연결: ", "linked to ") << linked << "\n";
  else
    print_proposals(ctx, h, *proposals);
}

void link(Context& ctx, const HeardOptions& o) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto h = st->heard(o.id);
  if (!h) return report(ctx, h.error());
  if (o.link.empty() && !o.personal) return ctx.error("give a question id to link, or --personal");
  std::vector<tracker::Proposal> proposals;
  if (o.personal && o.area.empty()) {
    auto p = proposals_for(ctx, h->text, 1);
    if (!p) return report(ctx, p.error());
    proposals = std::move(*p);
  }
  std::string linked = apply_link(ctx, *st, *h, o, proposals);
  if (linked.empty()) return;
  if (ctx.json) return print_json(ctx, tracker::heard_to_json(*h));
  ctx.out << "#" << h->id << " → " << linked << "\n";
  if (tracker::is_personal_id(linked)) {
    auto q = st->personal_question(linked);
    const std::optional<Question>* found = q ? &*q : nullptr;
    if (found && *found && !tracker::gradeable(**found))
      ctx.out << paint(ctx, Color::dim,
                       std::string(tr(ctx, "모범 답안을 쓰면 드릴/복습에 나옵니다: ",
                                      "write a model answer to drill and review it: ")) +
                           "kkori track mine answer " + linked + " \"...\"")
              << "\n";
  }
}

void reminders(Context& ctx, const std::string& now_text, int days, int ahead) {
  std::int64_t now = SystemClock{}.now_ms();
  if (!now_text.empty()) {
    auto d = parse_date(now_text);
    if (!d) return ctx.error("--now '" + now_text + "' must look like 2025-03-14 or 2025-03-14 15:30");
    now = *d;
  }
  auto st = open_tracker(ctx);
  if (!st) return;
  auto apps = st->applications();
  if (!apps) return report(ctx, apps.error());
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  auto rs = tracker::reminders(now, *apps, b->tracks, b->questions, tracker::ReminderOptions{days, ahead});
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& r : rs) {
      Json j{{"kind", tracker::to_string(r.kind)},
             {"application_id", r.application_id},
             {"company", r.company},
             {"role", r.role},
             {"stage", tracker::stage_to_json(r.entry)},
             {"days", r.days}};
      if (r.kind == tracker::Reminder::Kind::upcoming)
        j["practice"] = Json{{"track", r.practice.track_id},
                             {"areas", r.practice.areas},
                             {"questions", r.practice.question_ids},
                             {"heard", r.practice.heard}};
      arr.push_back(j);
    }
    return print_json(ctx, arr);
  }
  if (rs.empty()) {
    ctx.out << tr(ctx, "알림이 없습니다.", "Nothing to remind you of.") << "\n";
    return;
  }
  for (const auto& r : rs) print_reminder(ctx, r);
}

void funnel(Context& ctx) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto apps = st->applications();
  if (!apps) return report(ctx, apps.error());
  auto f = tracker::funnel(*apps);
  if (ctx.json) {
    Json steps = Json::array();
    for (int i = 0; i < tracker::kFunnelSteps; ++i)
      steps.push_back(Json{{"step", tracker::to_string(static_cast<tracker::FunnelStep>(i))},
                           {"reached", f.reached[static_cast<std::size_t>(i)]}});
    return print_json(ctx, Json{{"steps", steps},
                                {"active", f.active},
                                {"offers", f.offers},
                                {"accepted", f.accepted},
                                {"declined", f.declined},
                                {"rejected", f.rejected},
                                {"withdrawn", f.withdrawn}});
  }
  print_funnel(ctx, f);
}

// ---- import / export ------------------------------------------------------------------------

bool write_out(Context& ctx, const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    ctx.out << text;
    return true;
  }
  std::ofstream f(path, std::ios::binary);
  if (!(f << text) || !f.flush()) {
    ctx.error("cannot write " + path);
    return false;
  }
  ctx.err << tr(ctx, "저장했습니다: ", "wrote ") << path << "\n";
  return true;
}

void export_all(Context& ctx, const std::string& format, const std::string& out) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto apps = st->applications();
  if (!apps) return report(ctx, apps.error());
  if (format == "csv") {
    (void)write_out(ctx, out, tracker::export_csv(*apps, format_datetime));
    return;
  }
  auto personal = st->personal_questions();
  if (!personal) return report(ctx, personal.error());
  (void)write_out(ctx, out, tracker::export_json({*apps, *personal}).dump(2) + "\n");
}

void import_all(Context& ctx, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return ctx.error("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto data = tracker::import_json(ss.str(), path);
  if (!data) return ctx.error(data.error().located());
  auto st = open_tracker(ctx);
  if (!st) return;
  const std::int64_t now = SystemClock{}.now_ms();
  for (auto& a : data->applications)
    if (auto r = st->add_application(a, now); !r) return report(ctx, r.error());
  for (const auto& q : data->personal)
    if (auto r = st->save_personal(q, now); !r) return report(ctx, r.error());
  if (ctx.json)
    return print_json(ctx,
                      Json{{"applications", data->applications.size()}, {"personal_questions", data->personal.size()}});
  ctx.out << tr(ctx, "가져왔습니다: 지원 ", "Imported ") << data->applications.size()
          << tr(ctx, "건, 개인 질문 ", " application(s), ") << data->personal.size()
          << tr(ctx, "개", " personal question(s)") << "\n";
}

// ---- the personal bank ----------------------------------------------------------------------

void mine_list(Context& ctx) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto qs = st->personal_questions();
  if (!qs) return report(ctx, qs.error());
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& q : *qs) {
      Json j = tracker::question_to_json(q);
      j["gradeable"] = tracker::gradeable(q);
      arr.push_back(j);
    }
    return print_json(ctx, arr);
  }
  if (qs->empty()) {
    ctx.err << tr(ctx, "개인 질문이 없습니다. kkori track link HEARD --personal 로 추가하세요.",
                  "No personal questions yet. Add one with: kkori track link HEARD --personal")
            << "\n";
    return;
  }
  for (const auto& q : *qs) {
    std::string state = tracker::gradeable(q) ? tr(ctx, "채점 가능", "gradeable") : tr(ctx, "답안 없음", "no answer");
    ctx.out << pad_cols(paint(ctx, Color::cyan, q.id), ctx.color ? 40 + 9 : 40) << " "
            << pad_cols(paint(ctx, tracker::gradeable(q) ? Color::green : Color::dim, state), ctx.color ? 12 + 9 : 12)
            << " " << truncate_cols(q.prompt.get(ctx.lang), 40) << "\n";
  }
}

void mine_answer(Context& ctx, const std::string& id, const std::string& text, const std::string& lang) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto q = st->personal_question(id);
  if (!q) return report(ctx, q.error());
  const std::optional<Question>& found = *q;
  if (!found) return ctx.error("no personal question '" + id + "' (see `kkori track mine list`)");
  Lang l = lang.empty() ? tracker::guess_lang(text) : parse_lang(lang).value_or(Lang::en);
  Question updated = *found;
  (l == Lang::ko ? updated.answer.ko : updated.answer.en) = text;
  if (auto r = st->save_personal(updated, SystemClock{}.now_ms()); !r) return report(ctx, r.error());
  if (ctx.json) return print_json(ctx, tracker::question_to_json(updated));
  ctx.out << tr(ctx, "모범 답안을 저장했습니다. 이제 드릴할 수 있습니다: ", "Model answer saved. Drill it: ")
          << "kkori drill " << id << "\n";
}

void mine_export(Context& ctx, const std::string& out) {
  auto st = open_tracker(ctx);
  if (!st) return;
  auto qs = st->personal_questions();
  if (!qs) return report(ctx, qs.error());
  (void)write_out(ctx, out, tracker::export_yaml(*qs));
}

void add_mine_commands(CLI::App* track, Context& ctx) {
  auto* mine = track->add_subcommand("mine", "Your personal questions (heard in interviews) / 내 질문 은행");
  mine->require_subcommand(1);
  mine->add_subcommand("list", "List personal questions and whether they can be graded")->callback([&ctx] {
    mine_list(ctx);
  });
  auto a = std::make_shared<std::array<std::string, 3>>();
  auto* ans =
      mine->add_subcommand("answer", "Write the model answer of a personal question (then drills and reviews use it)");
  ans->add_option("id", (*a)[0], "Personal question id (me.<area>.<slug>)")->required();
  ans->add_option("text", (*a)[1], "The model answer")->required();
  ans->add_option("--in-lang", (*a)[2], "Language of the answer: ko|en (default: guessed from the text)")
      ->check(CLI::IsMember({"ko", "en"}));
  ans->callback([&ctx, a] { mine_answer(ctx, (*a)[0], (*a)[1], (*a)[2]); });
  auto out = std::make_shared<std::string>();
  auto* ex = mine->add_subcommand("export", "Personal questions as a content YAML file (docs/content-format.md)");
  ex->add_option("--out", *out, "Write to this file (default: stdout)");
  ex->callback([&ctx, out] { mine_export(ctx, *out); });
}

}  // namespace

void add_track_commands(CLI::App& app, Context& ctx) {
  auto* track = app.add_subcommand(
      "track", "Job applications: stages, notes, questions heard, reminders / 지원 현황과 면접에서 받은 질문");
  track->require_subcommand(1);

  auto ao = std::make_shared<AddOptions>();
  auto* add_cmd = track->add_subcommand("add", "Add an application / 지원 추가");
  add_cmd->add_option("--company", ao->company, "Company")->required();
  add_cmd->add_option("--role", ao->role, "Role, e.g. \"ML Engineer\"")->required();
  add_cmd->add_option("--source", ao->source, "posting (default), referral, recruiter, direct, other");
  add_cmd->add_option("--date", ao->date, "Date applied: 2025-03-14 (default: now)");
  add_cmd->add_option("--note", ao->note, "A first note");
  add_cmd->callback([&ctx, ao] { add(ctx, *ao); });

  auto active = std::make_shared<bool>(false);
  auto* ls = track->add_subcommand("list", "List applications: stage and last activity / 지원 목록");
  ls->add_flag("--active", *active, "Only applications still in progress");
  ls->callback([&ctx, active] { list(ctx, *active); });

  auto sid = std::make_shared<std::int64_t>(0);
  auto* sh = track->add_subcommand("show", "One application's timeline with the questions heard / 타임라인");
  sh->add_option("id", *sid, "Application id")->required();
  sh->callback([&ctx, sid] { show(ctx, *sid); });

  auto so = std::make_shared<StageOptions>();
  auto* st = track->add_subcommand(
      "stage", "Record the next stage (checked against the rules in docs/tracker.md) / 다음 전형 기록");
  st->add_option("id", so->id, "Application id")->required();
  st->add_option("stage", so->stage,
                 "screening, coding-test, assignment, interview, reference-check, offer, accepted, declined, "
                 "rejected, withdrawn")
      ->required();
  st->add_option("--type", so->type, "Interview round type: technical, project, sysdesign, behavioral, executive");
  st->add_option("--round", so->round, "Interview round number (checked; default: the next one)");
  st->add_option("--date", so->date,
                 "When it happened or is scheduled: 2025-03-14 or \"2025-03-14 15:00\" (default: now)");
  st->add_option("--note", so->note, "A note on this stage");
  st->callback([&ctx, so] { stage(ctx, *so); });

  auto nid = std::make_shared<std::int64_t>(0);
  auto ntext = std::make_shared<std::string>();
  auto ndate = std::make_shared<std::string>();
  auto* nt = track->add_subcommand("note", "Add a note to an application / 메모");
  nt->add_option("id", *nid, "Application id")->required();
  nt->add_option("text", *ntext, "The note")->required();
  nt->add_option("--date", *ndate, "Date of the note (default: now)");
  nt->callback([&ctx, nid, ntext, ndate] { note(ctx, *nid, *ntext, *ndate); });

  auto ho = std::make_shared<HeardOptions>();
  auto* hd = track->add_subcommand(
      "heard", "Log a question asked in a round; proposes the closest bank questions / 면접에서 받은 질문 기록");
  hd->add_option("id", ho->id, "Application id")->required();
  hd->add_option("text", ho->text, "The question as you remember it")->required();
  hd->add_option("--round", ho->round, "Interview round number (default: the latest step that happened)");
  hd->add_option("--link", ho->link, "Confirm it is this bank question id");
  hd->add_flag("--personal", ho->personal, "Keep it as a personal question (me.<area>.<slug>)");
  hd->add_option("--area", ho->area, "Area of a personal question (default: the closest bank question's)");
  hd->add_option("--level", ho->level, "Level of a personal question (1-3, default 2)")->check(CLI::Range(1, 3));
  hd->add_option("--answer", ho->answer, "Model answer of a personal question (makes it gradeable)");
  hd->add_option("--limit", ho->limit, "How many proposals (default 3)")->check(CLI::Range(0, 20));
  hd->callback([&ctx, ho] { heard(ctx, *ho); });

  auto lo = std::make_shared<HeardOptions>();
  auto* lk = track->add_subcommand("link", "Confirm which question a heard one is, or keep it as yours / 질문 연결");
  lk->add_option("heard", lo->id, "Heard question id (#N in `kkori track show`)")->required();
  lk->add_option("question", lo->link, "Bank or personal question id");
  lk->add_flag("--personal", lo->personal, "Make it a personal question");
  lk->add_option("--area", lo->area, "Area of the personal question (default: the closest bank question's)");
  lk->add_option("--level", lo->level, "Level of the personal question (1-3, default 2)")->check(CLI::Range(1, 3));
  lk->add_option("--answer", lo->answer, "Model answer of the personal question");
  lk->callback([&ctx, lo] { link(ctx, *lo); });

  auto now = std::make_shared<std::string>();
  auto days = std::make_shared<int>(7);
  auto ahead = std::make_shared<int>(14);
  auto* rm =
      track->add_subcommand("remind", "Waiting too long for a reply; upcoming rounds and what to practise / 알림");
  rm->add_option("--now", *now, "Compute as of this date (default: now)");
  rm->add_option("--days", *days, "No reply after this many days (default 7)")->check(CLI::Range(1, 365));
  rm->add_option("--ahead", *ahead, "Upcoming within this many days (default 14)")->check(CLI::Range(1, 365));
  rm->callback([&ctx, now, days, ahead] { reminders(ctx, *now, *days, *ahead); });

  track->add_subcommand("funnel", "How many applications reached each stage / 전형 단계별 통과 수")->callback([&ctx] {
    funnel(ctx);
  });

  auto fmt = std::make_shared<std::string>("json");
  auto out = std::make_shared<std::string>();
  auto* ex = track->add_subcommand("export", "Export applications (JSON with personal questions, or CSV) / 내보내기");
  ex->add_option("--format", *fmt, "json (default; re-importable) or csv")->check(CLI::IsMember({"json", "csv"}));
  ex->add_option("--out", *out, "Write to this file (default: stdout)");
  ex->callback([&ctx, fmt, out] { export_all(ctx, *fmt, *out); });

  auto in = std::make_shared<std::string>();
  auto* im =
      track->add_subcommand("import", "Import a JSON export (adds applications, replaces personal questions by id)");
  im->add_option("file", *in, "A file written by `kkori track export`")->required();
  im->callback([&ctx, in] { import_all(ctx, *in); });

  add_mine_commands(track, ctx);
}

}  // namespace kkori::cli
