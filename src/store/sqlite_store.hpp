#pragma once
#include "sqlite/db.hpp"
#include "store/store.hpp"

namespace kkori::store {

// SQLite in WAL mode with foreign keys on and synchronous=FULL (each committed write is on disk
// when the call returns). Schema migrations are numbered by PRAGMA user_version (migrations.cpp).
class SqliteStore final : public Store {
 public:
  static Result<std::unique_ptr<SqliteStore>> open(const std::string& path);

  Result<std::int64_t> create_session(const Session& s) override;
  Result<void> end_session(std::int64_t id, std::int64_t ended_at_ms) override;
  Result<Session> session(std::int64_t id) override;
  Result<std::vector<Session>> sessions(int limit) override;
  Result<std::optional<Session>> last_open_session(const std::string& kind) override;
  Result<void> set_report(std::int64_t id, const std::string& report_json) override;
  Result<std::vector<QuestionStats>> question_stats() override;
  Result<std::int64_t> record_attempt(const Attempt& a) override;
  Result<std::vector<Attempt>> attempts(const AttemptFilter& f) override;
  Result<void> save_cards(std::vector<Card>& cards, const std::vector<CardReview>& reviews) override;
  Result<std::vector<Card>> cards_for_question(const std::string& question_id) override;
  Result<std::vector<Card>> due_cards(std::int64_t until_ms, int limit) override;
  Result<std::vector<CardReview>> card_reviews() override;
  int schema_version() override;

  // "ok" when PRAGMA integrity_check passes, else its first message.
  Result<std::string> integrity_check();

 private:
  explicit SqliteStore(sqlite::Db db) : db_(std::move(db)) {}
  sqlite::Db db_;
};

}  // namespace kkori::store
