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
#include <optional>
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
class ResumeStore;
}  // namespace kkori::store
namespace kkori::resume {
class Maker;
}

namespace kkori::server {

class JudgeApi;

class Api {
 public:
  // REQUIRES: every reference outlives the Api.
  Api(const bank::Bank& bank, const interview::AnswerGrader& grader, store::Store& store, const Clock& clock);
  ~Api();

  std::vector<Route> routes();
  // The application tracker's store (api_tracker.cpp); until set, its routes answer 503.
  // REQUIRES: outlives the Api.
  void set_tracker(store::TrackerStore* tracker) { tracker_ = tracker; }
  // The coding judge's routes (api_judge.hpp); until set, they answer 503. REQUIRES: outlives the Api.
  void set_judge(JudgeApi* judge) { judge_ = judge; }
  // Saved résumés (api_resumes.cpp) for their routes and the project round; until set, the routes
  // answer 503 and interviews ask the bank's project questions. REQUIRES: outlives the Api.
  void set_resumes(store::ResumeStore* resumes) { resumes_ = resumes; }

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
  std::vector<Route> resume_store_routes();
  // REQUIRES: mu_ held. The project round's résumé for a new interview: `id` > 0 that saved
  // résumé, 0 the latest one (nullopt when none is saved or résumés are not set up).
  Result<std::optional<interview::ResumeQuestions>> round_resume(std::int64_t id);

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
  store::ResumeStore* resumes_ = nullptr;   // guarded by mu_
  std::shared_ptr<resume::Maker> maker_;    // made on the first résumé save; guarded by mu_
  JudgeApi* judge_ = nullptr;               // set before serving; the JudgeApi locks what it needs
};

}  // namespace kkori::server
