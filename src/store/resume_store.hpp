#pragma once
// Saved résumés (migration v6, docs/resume.md "Saved résumés"): the text kkori read, a title, and
// the questions generated from it, kept only when the user saves explicitly and deleted by
// `forget`. Its own connection to the same SQLite file as SqliteStore (WAL lets both work side
// by side). Knows nothing of what the questions mean: they are a JSON document.
// Contract: a write that returned is durable.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sqlite/db.hpp"

namespace kkori::store {

struct SavedResume {
  std::int64_t id = 0;  // assigned by the store
  std::string title;
  std::string format = "text";                                    // "pdf" | "markdown" | "text"
  std::string lang = "en";                                        // the résumé's language: "ko" | "en"
  std::string text;                                               // what kkori read (for a PDF, the extracted text)
  std::string questions_json = R"({"version":1,"projects":[]})";  // interview/resume_round.hpp's form
  int projects = 0;                                               // projects found
  int asked = 0;                                                  // questions generated
  std::int64_t saved_at_ms = 0;
};

class ResumeStore {
 public:
  // Opens the database at `path` (a file path, optionally "sqlite:"-prefixed), creating and
  // migrating it like open_store() does.
  static Result<std::unique_ptr<ResumeStore>> open(const std::string& path);

  // Saves `r` and fills in its id. The same text saved again keeps one row: its questions, time
  // and (unless `keep_title`) title are replaced. Returns true when a new row was made.
  Result<bool> save(SavedResume& r, bool keep_title = false);
  // Newest first, without text and questions (title, format, counts, time).
  Result<std::vector<SavedResume>> list();
  // The whole row; a not_found error when there is none.
  Result<SavedResume> get(std::int64_t id);
  // The most recently saved one, whole; nullopt when nothing is saved.
  Result<std::optional<SavedResume>> latest();
  // Deletes it; a not_found error when there is none.
  Result<void> forget(std::int64_t id);

 private:
  explicit ResumeStore(sqlite::Db db) : db_(std::move(db)) {}
  Result<std::vector<SavedResume>> query(const std::string& where, std::int64_t id, bool whole);
  sqlite::Db db_;
};

}  // namespace kkori::store
