#include "store/migrations.hpp"

#include <array>

namespace kkori::store {

namespace {
constexpr std::array<std::string_view, 6> kMigrations = {
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
    // v3
    R"sql(
CREATE TABLE cards (
  id             INTEGER PRIMARY KEY,
  kind           TEXT    NOT NULL CHECK (kind IN ('question', 'keypoint')),
  question_id    TEXT    NOT NULL,
  keypoint_id    TEXT    NOT NULL DEFAULT '',
  stability      REAL    NOT NULL DEFAULT 0,
  difficulty     REAL    NOT NULL DEFAULT 0,
  due_at         INTEGER NOT NULL,
  last_review_at INTEGER NOT NULL DEFAULT 0,
  reps           INTEGER NOT NULL DEFAULT 0,
  lapses         INTEGER NOT NULL DEFAULT 0,
  UNIQUE (question_id, keypoint_id)
);
CREATE INDEX cards_by_due ON cards(due_at);
CREATE TABLE card_reviews (
  id          INTEGER PRIMARY KEY,
  card_id     INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
  reviewed_at INTEGER NOT NULL,
  rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
  day         INTEGER NOT NULL
);
CREATE INDEX card_reviews_by_card ON card_reviews(card_id, reviewed_at);
)sql",
    // v4: the application tracker (store/tracker_store.cpp, docs/tracker.md)
    R"sql(
CREATE TABLE applications (
  id          INTEGER PRIMARY KEY,
  company     TEXT    NOT NULL,
  role        TEXT    NOT NULL,
  source      TEXT    NOT NULL,
  applied_at  INTEGER NOT NULL,
  created_at  INTEGER NOT NULL
);
CREATE TABLE application_stages (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  stage          TEXT    NOT NULL,
  round          INTEGER NOT NULL DEFAULT 0,
  round_type     TEXT    NOT NULL DEFAULT '',
  at             INTEGER NOT NULL,
  note           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX application_stages_by_app ON application_stages(application_id, id);
CREATE TABLE application_notes (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  at             INTEGER NOT NULL,
  text           TEXT    NOT NULL
);
CREATE INDEX application_notes_by_app ON application_notes(application_id, id);
CREATE TABLE heard_questions (
  id             INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
  stage_id       INTEGER REFERENCES application_stages(id) ON DELETE SET NULL,
  text           TEXT    NOT NULL,
  question_id    TEXT    NOT NULL DEFAULT '',
  at             INTEGER NOT NULL
);
CREATE INDEX heard_questions_by_app ON heard_questions(application_id, id);
CREATE TABLE personal_questions (
  id          TEXT    PRIMARY KEY,
  question    TEXT    NOT NULL CHECK (json_valid(question)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
)sql",
    // v5: coding-judge attempts (store/judge_store.cpp, docs/judge.md)
    R"sql(
CREATE TABLE judge_attempts (
  id             INTEGER PRIMARY KEY,
  problem_id     TEXT    NOT NULL,
  language       TEXT    NOT NULL CHECK (language IN ('cpp', 'python')),
  verdict        TEXT    NOT NULL CHECK (verdict IN ('AC', 'WA', 'TLE', 'MLE', 'RE', 'OLE', 'CE', 'SV', 'JE')),
  source         TEXT    NOT NULL,
  passed         INTEGER NOT NULL,
  total          INTEGER NOT NULL,
  max_cpu_ms     INTEGER NOT NULL,
  max_memory_kib INTEGER NOT NULL,
  report         TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(report)),
  created_at     INTEGER NOT NULL
);
CREATE INDEX judge_attempts_by_problem ON judge_attempts(problem_id, created_at);
)sql",
    // v6: saved résumés and their generated questions (store/resume_store.cpp, docs/resume.md)
    R"sql(
CREATE TABLE resumes (
  id          INTEGER PRIMARY KEY,
  title       TEXT    NOT NULL,
  format      TEXT    NOT NULL CHECK (format IN ('pdf', 'markdown', 'text')),
  lang        TEXT    NOT NULL CHECK (lang IN ('ko', 'en')),
  text        TEXT    NOT NULL,
  questions   TEXT    NOT NULL CHECK (json_valid(questions)),
  projects    INTEGER NOT NULL DEFAULT 0,
  asked       INTEGER NOT NULL DEFAULT 0,
  saved_at    INTEGER NOT NULL
);
CREATE INDEX resumes_by_saved ON resumes(saved_at);
)sql",
};
}  // namespace

std::span<const std::string_view> sqlite_migrations() { return kMigrations; }

}  // namespace kkori::store
