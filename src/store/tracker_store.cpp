#include "store/tracker_store.hpp"

#include <map>

#include "json/json.hpp"
#include "store/sqlite_store.hpp"
#include "tracker/codec.hpp"
#include "tracker/personal.hpp"

namespace kkori::store {

namespace {

using tracker::Application;
using tracker::Heard;
using tracker::Note;
using tracker::StageEntry;

std::unexpected<Error> wrap(const Error& e, const std::string& what) {
  return std::unexpected(Error{e.code, what + ": " + e.message, e.where});
}

std::unexpected<Error> no_application(std::int64_t id) {
  return fail(Errc::not_found, "no application " + std::to_string(id));
}

}  // namespace

Result<std::unique_ptr<TrackerStore>> TrackerStore::open(const std::string& url) {
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  if (path.empty() || path == ":memory:")
    return fail(Errc::invalid_input, "the tracker needs a database file, not '" + url + "'");
  {
    auto migrated = SqliteStore::open(path);  // creates the folder and the file, runs the migrations
    if (!migrated) return std::unexpected(migrated.error());
  }
  auto db = sqlite::Db::open(path, false);
  if (!db) return wrap(db.error(), "cannot use database " + path);
  for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"})
    if (auto r = db->exec(pragma); !r) return wrap(r.error(), "cannot use database " + path);
  return std::unique_ptr<TrackerStore>(new TrackerStore(std::move(*db)));
}

template <class F>
auto TrackerStore::transaction(F&& fn) -> decltype(fn()) {
  if (auto r = db_.exec("BEGIN IMMEDIATE"); !r) return std::unexpected(r.error());
  auto out = fn();
  if (!out) return std::unexpected(db_.rollback(out.error()));
  if (auto r = db_.exec("COMMIT"); !r) return std::unexpected(db_.rollback(r.error()));
  return out;
}

Result<void> TrackerStore::insert_stage(std::int64_t app_id, StageEntry& e) {
  auto st = db_.prepare(
      "INSERT INTO application_stages(application_id, stage, round, round_type, at, note) VALUES (?, ?, ?, ?, ?, ?)");
  if (!st) return std::unexpected(st.error());
  st->bind(1, app_id)
      .bind(2, tracker::to_string(e.stage))
      .bind(3, static_cast<std::int64_t>(e.round))
      .bind(4, tracker::to_string(e.type))
      .bind(5, e.at_ms)
      .bind(6, e.note);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save stage");
  e.id = db_.last_insert_rowid();
  return {};
}

Result<std::int64_t> TrackerStore::add_application(Application& a, std::int64_t now_ms) {
  if (auto ok = tracker::check_application(a); !ok) return std::unexpected(ok.error());
  return transaction([&]() -> Result<std::int64_t> {
    auto st =
        db_.prepare("INSERT INTO applications(company, role, source, applied_at, created_at) VALUES (?, ?, ?, ?, ?)");
    if (!st) return std::unexpected(st.error());
    st->bind(1, a.company)
        .bind(2, a.role)
        .bind(3, tracker::to_string(a.source))
        .bind(4, a.applied_at_ms)
        .bind(5, now_ms);
    if (auto r = st->run(); !r) return wrap(r.error(), "cannot save application");
    a.id = db_.last_insert_rowid();
    std::map<std::int64_t, std::int64_t> stage_ids;  // provisional id -> stored id
    for (auto& e : a.stages) {
      const std::int64_t before = e.id;
      if (auto r = insert_stage(a.id, e); !r) return std::unexpected(r.error());
      stage_ids[before] = e.id;
    }
    for (auto& n : a.notes) {
      auto r = add_note(a.id, n);
      if (!r) return std::unexpected(r.error());
      n = *r;
    }
    for (auto& h : a.heard) {
      h.application_id = a.id;
      if (h.stage_id) h.stage_id = stage_ids.contains(h.stage_id) ? stage_ids[h.stage_id] : 0;
      auto r = add_heard(h);
      if (!r) return std::unexpected(r.error());
      h = *r;
    }
    return a.id;
  });
}

Result<std::vector<Application>> TrackerStore::load(std::int64_t only_id) {
  std::vector<Application> apps;
  std::map<std::int64_t, std::size_t> at;
  const std::string where = only_id ? " WHERE application_id = ?" : "";
  {
    auto st = db_.prepare(std::string("SELECT id, company, role, source, applied_at FROM applications") +
                          (only_id ? " WHERE id = ?" : "") + " ORDER BY id");
    if (!st) return std::unexpected(st.error());
    if (only_id) st->bind(1, only_id);
    for (;;) {
      auto row = st->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) break;
      Application a;
      a.id = st->int64(0);
      a.company = st->text(1);
      a.role = st->text(2);
      a.source = tracker::parse_source(st->text(3)).value_or(tracker::Source::other);
      a.applied_at_ms = st->int64(4);
      at[a.id] = apps.size();
      apps.push_back(std::move(a));
    }
  }
  {
    auto st = db_.prepare("SELECT application_id, id, stage, round, round_type, at, note FROM application_stages" +
                          where + " ORDER BY application_id, id");
    if (!st) return std::unexpected(st.error());
    if (only_id) st->bind(1, only_id);
    for (;;) {
      auto row = st->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) break;
      auto it = at.find(st->int64(0));
      if (it == at.end()) continue;
      StageEntry e;
      e.id = st->int64(1);
      auto stage = tracker::parse_stage(st->text(2));
      if (!stage) return fail(Errc::internal, "stored stage '" + st->text(2) + "' is unknown to this kkori");
      e.stage = *stage;
      e.round = static_cast<int>(st->int64(3));
      e.type = tracker::parse_round_type(st->text(4)).value_or(tracker::RoundType::none);
      e.at_ms = st->int64(5);
      e.note = st->text(6);
      apps[it->second].stages.push_back(std::move(e));
    }
  }
  {
    auto st = db_.prepare("SELECT application_id, id, at, text FROM application_notes" + where +
                          " ORDER BY application_id, id");
    if (!st) return std::unexpected(st.error());
    if (only_id) st->bind(1, only_id);
    for (;;) {
      auto row = st->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) break;
      auto it = at.find(st->int64(0));
      if (it != at.end()) apps[it->second].notes.push_back(Note{st->int64(1), st->int64(2), st->text(3)});
    }
  }
  {
    auto st = db_.prepare("SELECT application_id, id, stage_id, text, question_id, at FROM heard_questions" + where +
                          " ORDER BY application_id, id");
    if (!st) return std::unexpected(st.error());
    if (only_id) st->bind(1, only_id);
    for (;;) {
      auto row = st->step();
      if (!row) return std::unexpected(row.error());
      if (!*row) break;
      auto it = at.find(st->int64(0));
      if (it == at.end()) continue;
      apps[it->second].heard.push_back(
          Heard{st->int64(1), st->int64(0), st->is_null(2) ? 0 : st->int64(2), st->text(3), st->text(4), st->int64(5)});
    }
  }
  return apps;
}

Result<std::vector<Application>> TrackerStore::applications() { return load(0); }

Result<Application> TrackerStore::application(std::int64_t id) {
  if (id <= 0) return no_application(id);
  auto apps = load(id);
  if (!apps) return std::unexpected(apps.error());
  if (apps->empty()) return no_application(id);
  Application a = std::move(apps->front());
  return a;
}

Result<void> TrackerStore::delete_application(std::int64_t id) {
  auto st = db_.prepare("DELETE FROM applications WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot delete application");
  auto changes = db_.prepare("SELECT changes()");
  if (changes && changes->step().value_or(false) && changes->int64(0) == 0) return no_application(id);
  return {};
}

Result<StageEntry> TrackerStore::add_stage(std::int64_t application_id, StageEntry e) {
  return transaction([&]() -> Result<StageEntry> {
    auto a = application(application_id);
    if (!a) return std::unexpected(a.error());
    auto ok = tracker::check_next(*a, e);
    if (!ok) return ok;
    if (auto r = insert_stage(application_id, *ok); !r) return std::unexpected(r.error());
    return ok;
  });
}

Result<Note> TrackerStore::add_note(std::int64_t application_id, Note n) {
  if (n.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return fail(Errc::invalid_input, "the note is empty", Location{{}, 0, 0, "text"});
  auto st = db_.prepare(
      "INSERT INTO application_notes(application_id, at, text) SELECT id, ?, ? FROM applications WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, n.at_ms).bind(2, n.text).bind(3, application_id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save note");
  auto changes = db_.prepare("SELECT changes()");
  if (!changes || !changes->step().value_or(false) || changes->int64(0) == 0) return no_application(application_id);
  n.id = db_.last_insert_rowid();
  return n;
}

Result<Heard> TrackerStore::add_heard(Heard h) {
  if (h.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return fail(Errc::invalid_input, "the question text is empty", Location{{}, 0, 0, "text"});
  auto owner = db_.prepare(
      "SELECT (SELECT count(*) FROM applications WHERE id = ?1), "
      "(SELECT count(*) FROM application_stages WHERE id = ?2 AND application_id = ?1)");
  if (!owner) return std::unexpected(owner.error());
  owner->bind(1, h.application_id).bind(2, h.stage_id);
  if (auto row = owner->step(); !row || !*row) return fail(Errc::io, "cannot check the application");
  if (owner->int64(0) == 0) return no_application(h.application_id);
  if (h.stage_id != 0 && owner->int64(1) == 0)
    return fail(Errc::not_found,
                "application " + std::to_string(h.application_id) + " has no stage " + std::to_string(h.stage_id),
                Location{{}, 0, 0, "round"});
  owner = sqlite::Stmt{};
  auto st = db_.prepare(
      "INSERT INTO heard_questions(application_id, stage_id, text, question_id, at) VALUES (?, ?, ?, ?, ?)");
  if (!st) return std::unexpected(st.error());
  st->bind(1, h.application_id);
  if (h.stage_id)
    st->bind(2, h.stage_id);
  else
    st->bind_null(2);
  st->bind(3, h.text).bind(4, h.question_id).bind(5, h.at_ms);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save heard question");
  h.id = db_.last_insert_rowid();
  return h;
}

Result<Heard> TrackerStore::heard(std::int64_t id) {
  auto st = db_.prepare("SELECT id, application_id, stage_id, text, question_id, at FROM heard_questions WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  auto row = st->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(Errc::not_found, "no heard question " + std::to_string(id));
  return Heard{st->int64(0), st->int64(1), st->is_null(2) ? 0 : st->int64(2), st->text(3), st->text(4), st->int64(5)};
}

Result<void> TrackerStore::link_heard(std::int64_t heard_id, const std::string& question_id) {
  auto st = db_.prepare("UPDATE heard_questions SET question_id = ? WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, question_id).bind(2, heard_id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot link heard question");
  auto changes = db_.prepare("SELECT changes()");
  if (!changes || !changes->step().value_or(false) || changes->int64(0) == 0)
    return fail(Errc::not_found, "no heard question " + std::to_string(heard_id));
  return {};
}

Result<std::vector<Question>> TrackerStore::personal_questions() {
  std::vector<Question> out;
  auto st = db_.prepare("SELECT id, question FROM personal_questions ORDER BY id");
  if (!st) return std::unexpected(st.error());
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    auto q = tracker::question_from_json(Json::parse(st->text(1), nullptr, false), st->text(0));
    if (!q)
      return fail(Errc::internal, "stored personal question " + st->text(0) + " is damaged: " + q.error().message);
    out.push_back(std::move(*q));
  }
  return out;
}

Result<std::optional<Question>> TrackerStore::personal_question(const std::string& id) {
  auto st = db_.prepare("SELECT question FROM personal_questions WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  auto row = st->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::optional<Question>{};
  auto q = tracker::question_from_json(Json::parse(st->text(0), nullptr, false), id);
  if (!q) return fail(Errc::internal, "stored personal question " + id + " is damaged: " + q.error().message);
  return std::optional<Question>(std::move(*q));
}

Result<void> TrackerStore::save_personal(const Question& q, std::int64_t now_ms) {
  if (auto ok = tracker::check_personal(q); !ok) return ok;
  auto st = db_.prepare(
      "INSERT INTO personal_questions(id, question, created_at, updated_at) VALUES (?1, ?2, ?3, ?3) "
      "ON CONFLICT(id) DO UPDATE SET question = excluded.question, updated_at = excluded.updated_at");
  if (!st) return std::unexpected(st.error());
  st->bind(1, q.id).bind(2, tracker::question_to_json(q).dump()).bind(3, now_ms);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save personal question");
  return {};
}

Result<void> TrackerStore::delete_personal(const std::string& id) {
  auto st = db_.prepare("DELETE FROM personal_questions WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot delete personal question");
  auto changes = db_.prepare("SELECT changes()");
  if (!changes || !changes->step().value_or(false) || changes->int64(0) == 0)
    return fail(Errc::not_found, "no personal question " + id);
  return {};
}

}  // namespace kkori::store
