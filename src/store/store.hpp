#pragma once
// The one repository interface every front end writes through. Implementations: SQLite
// (sqlite_store.cpp, the default) and, later, PostgreSQL for the shared server.
// Contract: a write that returned is durable (survives kill -9 and power loss of the process).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/attempt.hpp"
#include "core/card.hpp"
#include "core/error.hpp"

namespace kkori::store {

struct AttemptFilter {
  std::string question_id;      // empty = any
  std::int64_t session_id = 0;  // 0 = any
  std::int64_t since_ms = 0;    // created_at >= since_ms
  int limit = 100;              // newest first
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Result<std::int64_t> create_session(const Session& s) = 0;
  virtual Result<void> end_session(std::int64_t id, std::int64_t ended_at_ms) = 0;
  virtual Result<Session> session(std::int64_t id) = 0;
  virtual Result<std::vector<Session>> sessions(int limit) = 0;
  // The newest session of `kind` that has not ended, if any.
  virtual Result<std::optional<Session>> last_open_session(const std::string& kind) = 0;
  virtual Result<void> set_report(std::int64_t id, const std::string& report_json) = 0;

  virtual Result<std::int64_t> record_attempt(const Attempt& a) = 0;
  virtual Result<std::vector<Attempt>> attempts(const AttemptFilter& f) = 0;
  // Aggregates over every attempt, one row per question answered.
  virtual Result<std::vector<QuestionStats>> question_stats() = 0;

  // Cards (review scheduling). `save_cards` inserts cards with id 0 (assigning ids) and updates
  // the others, and appends the reviews (card_id 0 = the card at the same index), atomically.
  virtual Result<void> save_cards(std::vector<Card>& cards, const std::vector<CardReview>& reviews) = 0;
  virtual Result<std::vector<Card>> cards_for_question(const std::string& question_id) = 0;
  // Cards due at or before `until_ms`, most overdue first (limit <= 0: all cards, by due time).
  virtual Result<std::vector<Card>> due_cards(std::int64_t until_ms, int limit) = 0;
  virtual Result<std::vector<CardReview>> card_reviews() = 0;

  // The schema version the database is at (PRAGMA user_version for SQLite).
  virtual int schema_version() = 0;
};

// Opens a store by URL: "postgres://..." (not built yet) or a SQLite file path, optionally
// prefixed "sqlite:". Creates the file and its folder when missing; migrates to the latest schema.
Result<std::unique_ptr<Store>> open_store(const std::string& url);

}  // namespace kkori::store
