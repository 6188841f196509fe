#pragma once
// The coding page's endpoints (docs/judge.md "Web coding page", docs/openapi.yaml): problems,
// hints, judged runs and attempts. A run takes seconds, so it holds no lock of the Api's: it waits
// for one of at most `max_runs` process runners (a small pool), judges, and gives the runner back.
// Responses never carry secret test data: secret tests show their verdict, time and memory only.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "core/clock.hpp"
#include "judge/catalog.hpp"
#include "judge/judge.hpp"
#include "server/router.hpp"

namespace kkori::store {
class JudgeStore;
}

namespace kkori::server {

inline constexpr std::size_t kMaxSourceBytes = 64 * 1024;

class JudgeApi {
 public:
  using CatalogLoader = std::function<Result<judge::Catalog>()>;
  using RunnerFactory = std::function<Result<std::unique_ptr<judge::ProcessRunner>>()>;
  struct Options {
    int max_runs = 2;                               // judge runs at once; more wait for a runner
    std::chrono::milliseconds queue_wait{120'000};  // then 503
    judge::Toolchain tools;
  };

  // `load` runs once, at the first request; its problems are kept until the server stops.
  // `store` may be null (nothing is recorded, no attempts are listed).
  // REQUIRES: `store` and `clock` outlive the JudgeApi.
  JudgeApi(CatalogLoader load, store::JudgeStore* store, RunnerFactory make_runner, const Clock& clock, Options o);
  ~JudgeApi();

  Response list(const Request& r);
  Response show(const Request& r);
  Response hints(const Request& r);
  Response run(const Request& r);
  Response attempts(const Request& r);

 private:
  // The catalog, or the problem that explains why there is none.
  const judge::Catalog* catalog(Response& err);
  // A problem by the {id} route parameter, or a 404.
  const judge::Package* problem_of(const Request& r, Response& err);
  // Waits for a free runner (making one when fewer than max_runs exist).
  Result<std::unique_ptr<judge::ProcessRunner>> acquire();
  void release(std::unique_ptr<judge::ProcessRunner> runner);

  CatalogLoader load_;
  store::JudgeStore* store_;
  RunnerFactory make_runner_;
  const Clock& clock_;
  Options opt_;

  std::once_flag loaded_;
  Result<judge::Catalog> catalog_;  // loaded by the first catalog() (call_once), read-only afterwards

  std::mutex store_mu_;  // guards store_ (its own SQLite connection)

  std::mutex pool_mu_;  // guards idle_, made_
  std::condition_variable pool_cv_;
  std::vector<std::unique_ptr<judge::ProcessRunner>> idle_;
  int made_ = 0;
};

// The routes under /api/v1/problems, answering through whatever `get` returns at call time
// (503 while it is nullptr, e.g. a server started without the judge).
std::vector<Route> judge_routes(const std::function<JudgeApi*()>& get);

}  // namespace kkori::server
