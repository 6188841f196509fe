#include "store/resume_store.hpp"

#include "store/sqlite_store.hpp"

namespace kkori::store {

namespace {

std::unexpected<Error> wrap(const Error& e, const std::string& what) {
  return std::unexpected(Error{e.code, what + ": " + e.message, e.where});
}

std::unexpected<Error> no_resume(std::int64_t id) {
  return fail(Errc::not_found, "no saved résumé " + std::to_string(id) + " (see `kkori resume list`)");
}

}  // namespace

Result<std::unique_ptr<ResumeStore>> ResumeStore::open(const std::string& url) {
  std::string path = url.starts_with("sqlite:") ? url.substr(7) : url;
  if (path.empty() || path == ":memory:")
    return fail(Errc::invalid_input, "saved résumés need a database file, not '" + url + "'");
  {
    auto migrated = SqliteStore::open(path);  // creates the folder and the file, runs the migrations
    if (!migrated) return std::unexpected(migrated.error());
  }
  auto db = sqlite::Db::open(path, false);
  if (!db) return wrap(db.error(), "cannot use database " + path);
  // secure_delete: forgetting a résumé overwrites its text in the file rather than leaving it in free pages.
  for (const char* pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA secure_delete = ON"})
    if (auto r = db->exec(pragma); !r) return wrap(r.error(), "cannot use database " + path);
  return std::unique_ptr<ResumeStore>(new ResumeStore(std::move(*db)));
}

Result<bool> ResumeStore::save(SavedResume& r, bool keep_title) {
  if (auto b = db_.exec("BEGIN IMMEDIATE"); !b) return wrap(b.error(), "cannot save the résumé");
  auto body = [&]() -> Result<bool> {
    auto find = db_.prepare("SELECT id FROM resumes WHERE text = ? ORDER BY id LIMIT 1");
    if (!find) return std::unexpected(find.error());
    find->bind(1, r.text);
    auto row = find->step();
    if (!row) return std::unexpected(row.error());
    if (*row) {
      r.id = find->int64(0);
      auto up = db_.prepare(
          "UPDATE resumes SET title = CASE WHEN ? THEN title ELSE ? END, format = ?, lang = ?, questions = ?, "
          "projects = ?, asked = ?, saved_at = ? WHERE id = ?");
      if (!up) return std::unexpected(up.error());
      up->bind(1, static_cast<std::int64_t>(keep_title))
          .bind(2, r.title)
          .bind(3, r.format)
          .bind(4, r.lang)
          .bind(5, r.questions_json)
          .bind(6, static_cast<std::int64_t>(r.projects))
          .bind(7, static_cast<std::int64_t>(r.asked))
          .bind(8, r.saved_at_ms)
          .bind(9, r.id);
      if (auto w = up->run(); !w) return std::unexpected(w.error());
      return false;
    }
    auto ins = db_.prepare(
        "INSERT INTO resumes(title, format, lang, text, questions, projects, asked, saved_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!ins) return std::unexpected(ins.error());
    ins->bind(1, r.title)
        .bind(2, r.format)
        .bind(3, r.lang)
        .bind(4, r.text)
        .bind(5, r.questions_json)
        .bind(6, static_cast<std::int64_t>(r.projects))
        .bind(7, static_cast<std::int64_t>(r.asked))
        .bind(8, r.saved_at_ms);
    if (auto w = ins->run(); !w) return std::unexpected(w.error());
    r.id = db_.last_insert_rowid();
    return true;
  };
  auto out = body();
  if (!out) return wrap(db_.rollback(out.error()), "cannot save the résumé");
  if (auto c = db_.exec("COMMIT"); !c) return wrap(db_.rollback(c.error()), "cannot save the résumé");
  return out;
}

Result<std::vector<SavedResume>> ResumeStore::query(const std::string& where, std::int64_t id, bool whole) {
  std::string sql = std::string("SELECT id, title, format, lang, ") + (whole ? "text, questions" : "'', ''") +
                    ", projects, asked, saved_at FROM resumes" + where;
  auto st = db_.prepare(sql);
  if (!st) return std::unexpected(st.error());
  if (where.find('?') != std::string::npos) st->bind(1, id);
  std::vector<SavedResume> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    SavedResume r;
    r.id = st->int64(0);
    r.title = st->text(1);
    r.format = st->text(2);
    r.lang = st->text(3);
    r.text = st->text(4);
    r.questions_json = st->text(5);
    r.projects = static_cast<int>(st->int64(6));
    r.asked = static_cast<int>(st->int64(7));
    r.saved_at_ms = st->int64(8);
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<SavedResume>> ResumeStore::list() { return query(" ORDER BY saved_at DESC, id DESC", 0, false); }

Result<SavedResume> ResumeStore::get(std::int64_t id) {
  auto rows = query(" WHERE id = ?", id, true);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return no_resume(id);
  SavedResume found = std::move(rows->front());  // moved: the rows are a temporary list
  return found;
}

Result<std::optional<SavedResume>> ResumeStore::latest() {
  auto rows = query(" ORDER BY saved_at DESC, id DESC LIMIT 1", 0, true);
  if (!rows) return std::unexpected(rows.error());
  if (rows->empty()) return std::optional<SavedResume>();
  return std::optional<SavedResume>(std::move(rows->front()));
}

Result<void> ResumeStore::forget(std::int64_t id) {
  auto found = query(" WHERE id = ?", id, false);
  if (!found) return std::unexpected(found.error());
  if (found->empty()) return no_resume(id);
  auto st = db_.prepare("DELETE FROM resumes WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot forget résumé " + std::to_string(id));
  return {};
}

}  // namespace kkori::store
