#pragma once
// The JSON API under /api/v1 (docs/openapi.yaml). Handlers are plain functions of a Request; the
// store is shared by all server threads behind one mutex. Live interview sessions are cached in
// memory and rebuilt from the store (plan + saved answers, replayed) when an instance has not
// seen them, so several instances can serve one database.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

#include "bank/bank.hpp"
#include "bank/search.hpp"
#include "core/clock.hpp"
#include "interview/answer_grader.hpp"
#include "interview/session.hpp"
#include "server/router.hpp"
#include "store/store.hpp"

namespace kkori::store {
class TrackerStore;
}

namespace kkori::server {

class Api {
 public:
  // REQUIRES: every reference outlives the Api.
  Api(const bank::Bank& bank, const interview::AnswerGrader& grader, store::Store& store, const Clock& clock);
  ~Api();

  std::vector<Route> routes();
  // The application tracker's store (api_tracker.cpp); until set, its routes answer 503.
  // REQUIRES: outlives the Api.
  void set_tracker(store::TrackerStore* tracker) { tracker_ = tracker; }

 private:
  struct Live;
  Response list_questions(const Request& r);
  Response get_question(const Request& r);
  Response list_tracks(const Request& r);
  Response grade(const Request& r);
  Response create_session(const Request& r);
  Response get_session(const Request& r);
  Response answer(const Request& r);
  Response hint(const Request& r);
  Response skip(const Request& r);
  Response end(const Request& r);
  Response report(const Request& r);
  Response list_sessions(const Request& r);
  Response attempts(const Request& r);
  Response stats(const Request& r);
  Response due_reviews(const Request& r);
  Response review_card(const Request& r);
  std::vector<Route> tracker_routes();

  // REQUIRES: mu_ held. nullptr + the response to send when the session cannot be had.
  Live* live(std::int64_t id, Response& err);
  Response answer_locked(Live& s, const std::string& text);
  // Runs `fn` on session `id` under mu_, or returns the problem that prevents it.
  Response with_live(std::int64_t id, const std::function<Response(Live&)>& fn);

  const bank::Bank& bank_;
  const interview::AnswerGrader& grader_;
  store::Store& store_;
  const Clock& clock_;
  std::mutex mu_;  // guards store_, sessions_
  std::map<std::int64_t, std::unique_ptr<Live>> sessions_;
  std::unique_ptr<bank::SearchIndex> index_;
  store::TrackerStore* tracker_ = nullptr;  // guarded by mu_
};

}  // namespace kkori::server
