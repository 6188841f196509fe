#include "store/sqlite_store.hpp"

#include <filesystem>

#include "json/json.hpp"
#include "store/migrations.hpp"

namespace kkori::store {

namespace {

#define SESSION_COLUMNS "id, kind, track, lang, started_at, ended_at, seed, plan, report"

std::unexpected<Error> wrap(const Error& e, const std::string& what) {
  return std::unexpected(Error{e.code, what + ": " + e.message, e.where});
}

std::string coverage_json(const std::vector<KeypointCoverage>& cov) {
  Json arr = Json::array();
  for (const auto& c : cov)
    arr.push_back(Json{{"keypoint", c.keypoint}, {"coverage", c.coverage}, {"covered", c.covered}});
  return arr.dump();
}

std::vector<KeypointCoverage> parse_coverage(const std::string& s) {
  std::vector<KeypointCoverage> out;
  Json arr = Json::parse(s, nullptr, false);
  if (!arr.is_array()) return out;
  for (const auto& c : arr)
    out.push_back(KeypointCoverage{c.value("keypoint", ""), c.value("coverage", 0.0), c.value("covered", false)});
  return out;
}

Session read_session(const sqlite::Stmt& st) {
  Session s;
  s.id = st.int64(0);
  s.kind = st.text(1);
  s.track = st.text(2);
  s.lang = parse_lang(st.text(3)).value_or(Lang::en);
  s.started_at_ms = st.int64(4);
  s.ended_at_ms = st.is_null(5) ? 0 : st.int64(5);
  s.seed = static_cast<std::uint64_t>(st.int64(6));
  s.plan_json = st.text(7);
  s.report_json = st.text(8);
  return s;
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
  if (path != ":memory:") {
    std::error_code ec;
    auto parent = std::filesystem::path(path).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) return fail(Errc::io, "cannot create folder " + parent.string() + " for the database: " + ec.message());
  }
  auto db = sqlite::Db::open(path);
  if (!db) return std::unexpected(db.error());
  std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db)));
  auto& d = store->db_;
  // The first statement that touches the file tells whether it is a database at all.
  auto probe = d.prepare("PRAGMA user_version");
  if (!probe) return wrap(probe.error(), "cannot use database " + path);
  auto row = probe->step();
  if (!row) return wrap(row.error(), "cannot use database " + path);
  const int have = static_cast<int>(probe->int64(0));
  probe = sqlite::Stmt{};
  for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"}) {
    if (auto r = d.exec(pragma); !r) return wrap(r.error(), "cannot use database " + path);
  }
  auto migrations = sqlite_migrations();
  const int latest = static_cast<int>(migrations.size());
  if (have > latest)
    return fail(Errc::conflict, "database " + path + " has schema version " + std::to_string(have) +
                                    ", newer than this kkori understands (" + std::to_string(latest) +
                                    "); upgrade kkori");
  for (int v = have; v < latest; ++v) {
    if (auto r = d.exec("BEGIN IMMEDIATE"); !r) return wrap(r.error(), "cannot migrate " + path);
    auto r = d.exec(migrations[static_cast<std::size_t>(v)]);
    if (r) r = d.exec("PRAGMA user_version = " + std::to_string(v + 1));
    if (!r) return wrap(d.rollback(r.error()), "migration to schema " + std::to_string(v + 1) + " failed on " + path);
    if (auto c = d.exec("COMMIT"); !c) return wrap(c.error(), "cannot migrate " + path);
  }
  return store;
}

int SqliteStore::schema_version() {
  auto st = db_.prepare("PRAGMA user_version");
  if (!st || !st->step().value_or(false)) return -1;
  return static_cast<int>(st->int64(0));
}

Result<std::string> SqliteStore::integrity_check() {
  auto st = db_.prepare("PRAGMA integrity_check");
  if (!st) return std::unexpected(st.error());
  auto row = st->step();
  if (!row) return std::unexpected(row.error());
  return *row ? st->text(0) : std::string("no result");
}

Result<std::int64_t> SqliteStore::create_session(const Session& s) {
  auto st = db_.prepare("INSERT INTO sessions(kind, track, lang, started_at, seed, plan) VALUES (?, ?, ?, ?, ?, ?)");
  if (!st) return std::unexpected(st.error());
  st->bind(1, s.kind)
      .bind(2, s.track)
      .bind(3, to_string(s.lang))
      .bind(4, s.started_at_ms)
      .bind(5, static_cast<std::int64_t>(s.seed))
      .bind(6, s.plan_json);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save session");
  return db_.last_insert_rowid();
}

Result<void> SqliteStore::end_session(std::int64_t id, std::int64_t ended_at_ms) {
  auto st = db_.prepare("UPDATE sessions SET ended_at = ? WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, ended_at_ms).bind(2, id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot end session");
  return {};
}

Result<Session> SqliteStore::session(std::int64_t id) {
  auto st = db_.prepare("SELECT " SESSION_COLUMNS " FROM sessions WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, id);
  auto row = st->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return fail(Errc::not_found, "no session " + std::to_string(id));
  return read_session(*st);
}

Result<std::vector<Session>> SqliteStore::sessions(int limit) {
  auto st = db_.prepare("SELECT " SESSION_COLUMNS " FROM sessions ORDER BY started_at DESC, id DESC LIMIT ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, static_cast<std::int64_t>(limit));
  std::vector<Session> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(read_session(*st));
  }
  return out;
}

Result<std::optional<Session>> SqliteStore::last_open_session(const std::string& kind) {
  auto st = db_.prepare("SELECT " SESSION_COLUMNS
                        " FROM sessions WHERE kind = ? AND ended_at IS NULL ORDER BY started_at DESC, id DESC LIMIT 1");
  if (!st) return std::unexpected(st.error());
  st->bind(1, kind);
  auto row = st->step();
  if (!row) return std::unexpected(row.error());
  if (!*row) return std::optional<Session>{};
  return std::optional<Session>{read_session(*st)};
}

Result<void> SqliteStore::set_report(std::int64_t id, const std::string& report_json) {
  auto st = db_.prepare("UPDATE sessions SET report = ? WHERE id = ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, report_json).bind(2, id);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save the report");
  return {};
}

Result<std::vector<QuestionStats>> SqliteStore::question_stats() {
  auto st = db_.prepare(
      "SELECT a.question_id, COUNT(*), AVG(a.score), "
      "(SELECT b.score FROM attempts b WHERE b.question_id = a.question_id ORDER BY b.created_at DESC, b.id DESC LIMIT "
      "1), "
      "MAX(a.created_at) FROM attempts a GROUP BY a.question_id ORDER BY a.question_id");
  if (!st) return std::unexpected(st.error());
  std::vector<QuestionStats> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(QuestionStats{st->text(0), static_cast<int>(st->int64(1)), st->real(2), st->real(3), st->int64(4)});
  }
  return out;
}

Result<std::int64_t> SqliteStore::record_attempt(const Attempt& a) {
  auto st = db_.prepare(
      "INSERT INTO attempts(question_id, answer, lang, score, coverage, session_id, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!st) return std::unexpected(st.error());
  st->bind(1, a.question_id)
      .bind(2, a.answer)
      .bind(3, to_string(a.lang))
      .bind(4, a.score)
      .bind(5, coverage_json(a.coverage))
      .bind(7, a.created_at_ms);
  if (a.session_id > 0)
    st->bind(6, a.session_id);
  else
    st->bind_null(6);
  if (auto r = st->run(); !r) return wrap(r.error(), "cannot save attempt");
  return db_.last_insert_rowid();
}

Result<std::vector<Attempt>> SqliteStore::attempts(const AttemptFilter& f) {
  auto st = db_.prepare(
      "SELECT id, question_id, answer, lang, score, coverage, COALESCE(session_id, 0), created_at FROM attempts "
      "WHERE (?1 = '' OR question_id = ?1) AND (?2 = 0 OR session_id = ?2) AND created_at >= ?3 "
      "ORDER BY created_at DESC, id DESC LIMIT ?4");
  if (!st) return std::unexpected(st.error());
  st->bind(1, f.question_id).bind(2, f.session_id).bind(3, f.since_ms).bind(4, static_cast<std::int64_t>(f.limit));
  std::vector<Attempt> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    Attempt a;
    a.id = st->int64(0);
    a.question_id = st->text(1);
    a.answer = st->text(2);
    a.lang = parse_lang(st->text(3)).value_or(Lang::en);
    a.score = st->real(4);
    a.coverage = parse_coverage(st->text(5));
    a.session_id = st->int64(6);
    a.created_at_ms = st->int64(7);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace kkori::store

namespace kkori::store {

namespace {
constexpr const char* kCardCols =
    "id, kind, question_id, keypoint_id, stability, difficulty, due_at, last_review_at, reps, lapses";

Card read_card(const sqlite::Stmt& st) {
  Card c;
  c.id = st.int64(0);
  c.kind = st.text(1) == "keypoint" ? CardKind::keypoint : CardKind::question;
  c.question_id = st.text(2);
  c.keypoint_id = st.text(3);
  c.stability = st.real(4);
  c.difficulty = st.real(5);
  c.due_ms = st.int64(6);
  c.last_review_ms = st.int64(7);
  c.reps = static_cast<int>(st.int64(8));
  c.lapses = static_cast<int>(st.int64(9));
  return c;
}

Result<std::vector<Card>> read_cards(sqlite::Stmt& st) {
  std::vector<Card> out;
  for (;;) {
    auto row = st.step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(read_card(st));
  }
  return out;
}
}  // namespace

Result<void> SqliteStore::save_cards(std::vector<Card>& cards, const std::vector<CardReview>& reviews) {
  if (auto r = db_.exec("BEGIN IMMEDIATE"); !r) return r;
  auto rollback = [&](const Error& e) -> Result<void> { return std::unexpected(db_.rollback(e)); };
  auto ins = db_.prepare(
      "INSERT INTO cards(kind, question_id, keypoint_id, stability, difficulty, due_at, last_review_at, reps, lapses) "
      "VALUES (?,?,?,?,?,?,?,?,?)");
  auto upd = db_.prepare(
      "UPDATE cards SET stability=?4, difficulty=?5, due_at=?6, last_review_at=?7, reps=?8, lapses=?9 WHERE id=?1");
  auto rev = db_.prepare("INSERT INTO card_reviews(card_id, reviewed_at, rating, day) VALUES (?,?,?,?)");
  if (!ins) return rollback(ins.error());
  if (!upd) return rollback(upd.error());
  if (!rev) return rollback(rev.error());
  for (auto& c : cards) {
    if (c.id == 0) {
      ins->reset();
      ins->bind(1, std::string_view(c.kind == CardKind::keypoint ? "keypoint" : "question"))
          .bind(2, c.question_id)
          .bind(3, c.keypoint_id)
          .bind(4, c.stability)
          .bind(5, c.difficulty)
          .bind(6, c.due_ms)
          .bind(7, c.last_review_ms)
          .bind(8, static_cast<std::int64_t>(c.reps))
          .bind(9, static_cast<std::int64_t>(c.lapses));
      if (auto r = ins->run(); !r) return rollback(r.error());
      c.id = db_.last_insert_rowid();
    } else {
      upd->reset();
      upd->bind(1, c.id)
          .bind(4, c.stability)
          .bind(5, c.difficulty)
          .bind(6, c.due_ms)
          .bind(7, c.last_review_ms)
          .bind(8, static_cast<std::int64_t>(c.reps))
          .bind(9, static_cast<std::int64_t>(c.lapses));
      if (auto r = upd->run(); !r) return rollback(r.error());
    }
  }
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    const CardReview& r = reviews[i];
    std::int64_t card = r.card_id ? r.card_id : (i < cards.size() ? cards[i].id : 0);
    rev->reset();
    rev->bind(1, card).bind(2, r.reviewed_at_ms).bind(3, static_cast<std::int64_t>(r.rating)).bind(4, r.day);
    if (auto w = rev->run(); !w) return rollback(w.error());
  }
  if (auto r = db_.exec("COMMIT"); !r) return rollback(r.error());
  return {};
}

Result<std::vector<Card>> SqliteStore::cards_for_question(const std::string& question_id) {
  auto st = db_.prepare(std::string("SELECT ") + kCardCols + " FROM cards WHERE question_id = ? ORDER BY id");
  if (!st) return std::unexpected(st.error());
  st->bind(1, question_id);
  return read_cards(*st);
}

Result<std::vector<Card>> SqliteStore::due_cards(std::int64_t until_ms, int limit) {
  auto st = db_.prepare(std::string("SELECT ") + kCardCols +
                        " FROM cards WHERE (?1 <= 0 OR due_at <= ?2) ORDER BY due_at, id LIMIT ?3");
  if (!st) return std::unexpected(st.error());
  st->bind(1, static_cast<std::int64_t>(limit))
      .bind(2, until_ms)
      .bind(3, static_cast<std::int64_t>(limit > 0 ? limit : 1 << 30));
  return read_cards(*st);
}

Result<std::vector<CardReview>> SqliteStore::card_reviews() {
  auto st = db_.prepare("SELECT card_id, reviewed_at, rating, day FROM card_reviews ORDER BY card_id, reviewed_at, id");
  if (!st) return std::unexpected(st.error());
  std::vector<CardReview> out;
  for (;;) {
    auto row = st->step();
    if (!row) return std::unexpected(row.error());
    if (!*row) break;
    out.push_back(CardReview{st->int64(0), st->int64(1), static_cast<int>(st->int64(2)), st->int64(3)});
  }
  return out;
}

}  // namespace kkori::store
