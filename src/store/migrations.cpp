#include "store/migrations.hpp"

#include <array>

namespace kkori::store {

namespace {
constexpr std::array<std::string_view, 2> kMigrations = {
    // v1
    R"sql(
CREATE TABLE sessions (
  id          INTEGER PRIMARY KEY,
  kind        TEXT    NOT NULL CHECK (kind IN ('drill', 'interview', 'review', 'grade')),
  track       TEXT    NOT NULL DEFAULT '',
  lang        TEXT    NOT NULL CHECK (lang IN ('ko', 'en')),
  started_at  INTEGER NOT NULL,
  ended_at    INTEGER
);
CREATE TABLE attempts (
  id          INTEGER PRIMARY KEY,
  question_id TEXT    NOT NULL,
  answer      TEXT    NOT NULL,
  lang        TEXT    NOT NULL CHECK (lang IN ('ko', 'en')),
  score       REAL    NOT NULL CHECK (score >= 0 AND score <= 1),
  coverage    TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(coverage)),
  session_id  INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
  created_at  INTEGER NOT NULL
);
CREATE INDEX attempts_by_question ON attempts(question_id, created_at);
CREATE INDEX attempts_by_session  ON attempts(session_id);
)sql",
    // v2
    R"sql(
ALTER TABLE sessions ADD COLUMN seed   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN plan   TEXT    NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN report TEXT    NOT NULL DEFAULT '';
)sql",
};
}  // namespace

std::span<const std::string_view> sqlite_migrations() { return kMigrations; }

}  // namespace kkori::store
