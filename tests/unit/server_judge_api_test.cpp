// The coding page's API (/api/v1/problems) through the transport-free router: the fixture
// problems in tests/data/coding/problems judged for real in the sandbox, attempts in a real SQLite
// file; plus the run queue (a fake runner that blocks) and bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>

#include "fixtures.hpp"
#include "json/json.hpp"
#include "judge/sandbox.hpp"
#include "server/api.hpp"
#include "server/api_judge.hpp"
#include "store/judge_store.hpp"
#include "store/sqlite_store.hpp"

namespace kkori::server {
namespace {

const std::string kProblems = std::string(KKORI_TEST_DATA) + "/coding/problems";
// The secret tests' inputs and answers (tests/data/coding/problems/aplusb/data/secret).
const std::vector<std::string> kSecrets = {"123456789",    "987654321",    "1111111110",
                                           "777777777777", "555555555555", "1333333333332"};

const char* kSum = "a, b = map(int, input().split())\nprint(a + b)\n";
const char* kDiff = "a, b = map(int, input().split())\nprint(a - b)\n";

JudgeApi::RunnerFactory sandboxes() {
  return []() -> Result<std::unique_ptr<judge::ProcessRunner>> {
    auto sb = judge::Sandbox::create();
    if (!sb) return std::unexpected(sb.error());
    return std::unique_ptr<judge::ProcessRunner>(std::move(*sb));
  };
}

class JudgeApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bank_ = kkori::testing::fixture_bank();
    char tmpl[] = "/tmp/kkori-judge-api-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto s = store::SqliteStore::open(dir_ + "/k.db");
    ASSERT_TRUE(s.has_value());
    store_ = std::move(*s);
    auto j = store::JudgeStore::open(dir_ + "/k.db");
    ASSERT_TRUE(j.has_value()) << j.error().message;
    judge_store_ = std::move(*j);
    api_ = std::make_unique<Api>(bank_, grader_, *store_, clock_);
    router_ = std::make_unique<Router>(api_->routes());
    use(sandboxes(), JudgeApi::Options{});
  }
  void TearDown() override {
    judge_.reset();
    std::filesystem::remove_all(dir_);
  }
  void use(JudgeApi::RunnerFactory runners, JudgeApi::Options o) {
    api_->set_judge(nullptr);
    judge_ = std::make_unique<JudgeApi>([] { return judge::load_catalog_dir(kProblems); }, judge_store_.get(),
                                        std::move(runners), clock_, std::move(o));
    api_->set_judge(judge_.get());
  }

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> query = {}) {
    Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.query = std::move(query);
    return router_->dispatch(r);
  }
  Response run(const std::string& source, bool samples_only, const std::string& lang = "python", int hints = 0) {
    Json b{{"lang", lang}, {"source", source}, {"samples_only", samples_only}};
    if (hints) b["hints"] = hints;
    return call("POST", "/api/v1/problems/aplusb/run", b.dump());
  }
  static Json json(const Response& r) { return Json::parse(r.body); }
  static void no_secrets(const Response& r) {
    for (const auto& s : kSecrets)
      EXPECT_EQ(r.body.find(s), std::string::npos) << "secret data '" << s << "' in " << r.body;
  }

  bank::Bank bank_;
  kkori::testing::FakeGrader grader_;
  FixedClock clock_{1'700'000'000'000};
  std::string dir_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<store::JudgeStore> judge_store_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<Router> router_;
  std::unique_ptr<JudgeApi> judge_;
};

TEST_F(JudgeApiTest, ListFiltersByCategoryAndLevel) {
  auto r = call("GET", "/api/v1/problems");
  ASSERT_EQ(r.status, 200) << r.body;
  Json all = json(r);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0]["id"], "aplusb");
  EXPECT_EQ(all[0]["title"]["ko"], "A 더하기 B");
  EXPECT_EQ(all[0]["category"], "math");
  EXPECT_EQ(all[0]["level"], 1);
  EXPECT_EQ(all[0]["languages"], Json::array({"python", "cpp"}));
  EXPECT_EQ(all[0]["solved"], false);
  EXPECT_EQ(all[1]["id"], "max-pair");
  EXPECT_EQ(all[1]["languages"], Json::array({"cpp"}));

  r = call("GET", "/api/v1/problems", "", {{"category", "greedy"}});
  ASSERT_EQ(json(r).size(), 1u);
  EXPECT_EQ(json(r)[0]["id"], "max-pair");
  r = call("GET", "/api/v1/problems", "", {{"level", "1"}});
  ASSERT_EQ(json(r).size(), 1u);
  EXPECT_EQ(json(r)[0]["id"], "aplusb");
  r = call("GET", "/api/v1/problems", "", {{"level", "hard"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("level"), std::string::npos);
}

TEST_F(JudgeApiTest, ShowHasStatementLimitsSamplesStartersAndNoSecretData) {
  auto r = call("GET", "/api/v1/problems/aplusb");
  ASSERT_EQ(r.status, 200) << r.body;
  Json p = json(r);
  EXPECT_NE(p["statement"]["en"].get<std::string>().find("# A plus B"), std::string::npos);
  EXPECT_NE(p["statement"]["ko"].get<std::string>().find("# A 더하기 B"), std::string::npos);
  EXPECT_EQ(p["limits"]["time_limit_s"], 2.0);
  EXPECT_EQ(p["limits"]["memory_mib"], 256);
  ASSERT_EQ(p["samples"].size(), 2u);
  EXPECT_EQ(p["samples"][0]["name"], "sample/1");
  EXPECT_EQ(p["samples"][0]["input"], "1 2\n");
  EXPECT_EQ(p["samples"][0]["answer"], "3\n");
  EXPECT_EQ(p["hints"], 3);
  EXPECT_NE(p["starters"]["python"].get<std::string>().find("sys.stdin"), std::string::npos);
  EXPECT_NE(p["starters"]["cpp"].get<std::string>().find("int main"), std::string::npos);
  no_secrets(r);
}

TEST_F(JudgeApiTest, HintsComeOneStepAtATime) {
  auto r = call("POST", "/api/v1/problems/aplusb/hints", R"({"n": 1})");
  ASSERT_EQ(r.status, 200) << r.body;
  ASSERT_EQ(json(r)["hints"].size(), 1u);
  EXPECT_EQ(json(r)["hints"][0]["en"], "Read the two numbers.");
  EXPECT_EQ(json(r)["total"], 3);
  r = call("POST", "/api/v1/problems/aplusb/hints", R"({"n": 2})");
  ASSERT_EQ(json(r)["hints"].size(), 2u);
  EXPECT_EQ(json(r)["hints"][1]["ko"], "더한 값을 출력하세요.");
  r = call("POST", "/api/v1/problems/aplusb/hints", R"({"n": 99})");
  EXPECT_EQ(json(r)["hints"].size(), 3u);
  r = call("POST", "/api/v1/problems/aplusb/hints");
  EXPECT_EQ(json(r)["hints"].size(), 1u);
  r = call("POST", "/api/v1/problems/aplusb/hints", R"({"n": 0})");
  EXPECT_EQ(r.status, 400);
  r = call("POST", "/api/v1/problems/aplusb/hints", R"({"n": "two"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("'n'"), std::string::npos);
}

TEST_F(JudgeApiTest, SampleRunShowsOutputsAndIsNotRecorded) {
  auto r = run(kSum, true);
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = json(r);
  EXPECT_EQ(j["verdict"], "AC") << r.body;
  EXPECT_EQ(j["samples_only"], true);
  ASSERT_EQ(j["tests"].size(), 2u);
  for (const auto& t : j["tests"]) {
    EXPECT_EQ(t["verdict"], "AC");
    EXPECT_EQ(t["sample"], true);
    EXPECT_TRUE(t["time_ms"].is_number_integer());
  }
  EXPECT_EQ(j["tests"][1]["input"], "40 2\n");
  EXPECT_EQ(j["tests"][1]["output"], "42\n");
  EXPECT_EQ(j["tests"][1]["expected"], "42\n");
  EXPECT_TRUE(j["attempt_id"].is_null());
  EXPECT_EQ(json(call("GET", "/api/v1/problems/aplusb/attempts")).size(), 0u);

  // A wrong program: every sample gets its row, with what it printed and what was expected.
  j = json(run(kDiff, true));
  EXPECT_EQ(j["verdict"], "WA");
  ASSERT_EQ(j["tests"].size(), 2u);
  EXPECT_EQ(j["tests"][0]["output"], "-1\n");
  EXPECT_EQ(j["tests"][0]["expected"], "3\n");
  EXPECT_EQ(j["tests"][1]["verdict"], "WA");
}

TEST_F(JudgeApiTest, SubmissionsAreJudgedOnEveryTestAndRecorded) {
  auto r = run(kDiff, false, "python", 2);
  ASSERT_EQ(r.status, 200) << r.body;
  Json j = json(r);
  EXPECT_EQ(j["verdict"], "WA");
  EXPECT_EQ(j["failed_test"], "sample/1");
  EXPECT_EQ(j["tests"].size(), 1u);  // a submission stops at its first failure
  ASSERT_TRUE(j["attempt_id"].is_number_integer());
  EXPECT_EQ(json(call("GET", "/api/v1/problems"))[0]["solved"], false);

  clock_.advance(60'000);
  r = run(kSum, false);
  j = json(r);
  EXPECT_EQ(j["verdict"], "AC") << r.body;
  EXPECT_EQ(j["passed"], 4);
  EXPECT_EQ(j["total"], 4);
  ASSERT_EQ(j["tests"].size(), 4u);
  EXPECT_EQ(j["tests"][2]["name"], "secret/01");
  EXPECT_EQ(j["tests"][2]["verdict"], "AC");
  for (const char* k : {"input", "expected", "output", "stderr"}) EXPECT_FALSE(j["tests"][2].contains(k)) << k;
  no_secrets(r);

  r = call("GET", "/api/v1/problems/aplusb/attempts");
  ASSERT_EQ(r.status, 200);
  Json a = json(r);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0]["verdict"], "AC");
  EXPECT_EQ(a[0]["source"], kSum);
  EXPECT_EQ(a[0]["created_at_ms"], 1'700'000'060'000);
  EXPECT_EQ(a[1]["verdict"], "WA");
  EXPECT_EQ(a[1]["hints_used"], 2);
  EXPECT_EQ(json(call("GET", "/api/v1/problems/aplusb/attempts", "", {{"limit", "1"}})).size(), 1u);
  EXPECT_EQ(json(call("GET", "/api/v1/problems"))[0]["solved"], true);
  EXPECT_EQ(json(call("GET", "/api/v1/problems"))[0]["attempts"], 2);
  EXPECT_EQ(json(call("GET", "/api/v1/problems/aplusb"))["solved"], true);
  // The CLI sees the same attempts.
  auto rows = judge_store_->attempts("aplusb", 0);
  ASSERT_TRUE(rows.has_value());
  EXPECT_EQ(rows->size(), 2u);
}

TEST_F(JudgeApiTest, FailingSecretTestsRevealNothingOfTheirData) {
  // Right on the samples, wrong on the secret tests: the checker's "expected ..., got ..." stays inside.
  auto r = run("a, b = map(int, input().split())\nprint(a + b if a < 100 else a + b + 1)\n", false);
  Json j = json(r);
  EXPECT_EQ(j["verdict"], "WA") << r.body;
  EXPECT_EQ(j["failed_test"], "secret/01");
  EXPECT_EQ(j["detail"], "");
  EXPECT_EQ(j["tests"][2]["detail"], "");
  no_secrets(r);
  // A program that prints the secret input to stderr and fails: no stderr, only the exit status.
  r =
      run("import sys\nline = input()\na, b = map(int, line.split())\nif a >= 100:\n"
          "    sys.stderr.write(line + ' ' + str(a + b))\n    raise ValueError(line)\nprint(a + b)\n",
          false);
  j = json(r);
  EXPECT_EQ(j["verdict"], "RE") << r.body;
  EXPECT_EQ(j["failed_test"], "secret/01");
  EXPECT_EQ(j["detail"], "exit status 1");
  no_secrets(r);
  // On a sample the same failure shows everything.
  r = run("import sys\nsys.stderr.write('oops')\nraise SystemExit(3)\n", true);
  j = json(r);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["tests"][0]["stderr"], "oops");
  EXPECT_EQ(j["tests"][0]["detail"], "exit status 3");
}

TEST_F(JudgeApiTest, CompileErrorsComeWithTheCompilerMessage) {
  auto r = run("int main() { return x; }\n", true, "cpp");
  Json j = json(r);
  EXPECT_EQ(j["verdict"], "CE") << r.body;
  EXPECT_NE(j["compile_output"].get<std::string>().find("was not declared"), std::string::npos) << r.body;
  EXPECT_EQ(j["tests"].size(), 0u);
}

TEST_F(JudgeApiTest, BadInputIsAProblemWithAClearMessage) {
  auto detail = [](const Response& r) { return json(r)["detail"].get<std::string>(); };
  for (const auto& [m, p] :
       std::vector<std::pair<std::string, std::string>>{{"GET", "/api/v1/problems/nope"},
                                                        {"POST", "/api/v1/problems/nope/hints"},
                                                        {"POST", "/api/v1/problems/nope/run"},
                                                        {"GET", "/api/v1/problems/nope/attempts"}}) {
    auto r = call(m, p, R"j({"lang": "python", "source": "print(1)"})j");
    EXPECT_EQ(r.status, 404) << m << " " << p;
    EXPECT_EQ(r.content_type, "application/problem+json");
    EXPECT_NE(detail(r).find("'nope'"), std::string::npos);
  }
  auto r = run(kSum, true, "java");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(detail(r).find("'lang' must be \"cpp\" or \"python\""), std::string::npos) << detail(r);
  r = call("POST", "/api/v1/problems/aplusb/run", R"({"lang": "python"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(detail(r), "missing field 'source'");
  r = run(" \n", true);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(detail(r), "field 'source' is empty");
  r = run("# " + std::string(64 * 1024, 'x') + "\n", true);
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(detail(r).find("64 KiB"), std::string::npos) << detail(r);
  r = call("POST", "/api/v1/problems/aplusb/run",
           R"j({"lang": "python", "source": "print(1)", "samples_only": "yes"})j");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(detail(r).find("samples_only"), std::string::npos);
  r = call("POST", "/api/v1/problems/aplusb/run", "{\"lang\": \"python\",\n \"source\": }");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(detail(r).find("line 2"), std::string::npos) << detail(r);
  r = call("GET", "/api/v1/problems/aplusb/attempts", "", {{"limit", "0"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(json(call("GET", "/api/v1/problems/aplusb/attempts")).size(), 0u);  // nothing was recorded

  api_->set_judge(nullptr);
  EXPECT_EQ(call("GET", "/api/v1/problems").status, 503);
}

// A runner whose make_box blocks until the test opens the gate, then fails (the run ends as JE).
struct Gate {
  std::mutex mu;
  std::condition_variable cv;
  bool open = false;
  int inside = 0, most = 0, made = 0;
};
class BlockingRunner final : public judge::ProcessRunner {
 public:
  explicit BlockingRunner(Gate& g) : g_(g) {}
  Result<std::string> make_box() override {
    std::unique_lock lock(g_.mu);
    g_.most = std::max(g_.most, ++g_.inside);
    g_.cv.notify_all();
    g_.cv.wait(lock, [this] { return g_.open; });
    --g_.inside;
    return fail(Errc::io, "blocked runner");
  }
  Result<void> put_file(const std::string&, const std::string&, std::string_view, bool) override { return {}; }
  Result<std::string> get_file(const std::string&, const std::string&, std::size_t) override {
    return fail(Errc::not_found, "none");
  }
  void remove_box(const std::string&) override {}
  Result<judge::RunResult> run(const judge::RunSpec&) override { return fail(Errc::io, "none"); }

 private:
  Gate& g_;
};

TEST_F(JudgeApiTest, RunsHoldNoApiLockAndAtMostMaxRunsRunAtOnce) {
  Gate gate;
  JudgeApi::Options o;
  o.max_runs = 2;
  use(
      [&gate]() -> Result<std::unique_ptr<judge::ProcessRunner>> {
        std::lock_guard lock(gate.mu);
        ++gate.made;
        return std::unique_ptr<judge::ProcessRunner>(new BlockingRunner(gate));
      },
      o);
  std::vector<std::thread> runs;
  std::vector<int> status(3, 0);
  for (int i = 0; i < 3; ++i)
    runs.emplace_back([this, i, &status] { status[static_cast<std::size_t>(i)] = run(kSum, true).status; });
  {
    std::unique_lock lock(gate.mu);
    gate.cv.wait(lock, [&] { return gate.inside == 2; });
  }
  // Two runs are inside the judge: other requests, including ones that take the Api's lock, answer.
  EXPECT_EQ(call("GET", "/api/v1/attempts").status, 200);
  EXPECT_EQ(call("GET", "/api/v1/problems").status, 200);
  {
    std::lock_guard lock(gate.mu);
    EXPECT_EQ(gate.inside, 2);
    gate.open = true;
  }
  gate.cv.notify_all();
  for (auto& t : runs) t.join();
  EXPECT_EQ(gate.most, 2);
  EXPECT_EQ(gate.made, 2);  // runners are reused
  for (int s : status) EXPECT_EQ(s, 200);
}

TEST_F(JudgeApiTest, AFullQueueAnswers503AfterItsWait) {
  Gate gate;
  JudgeApi::Options o;
  o.max_runs = 1;
  o.queue_wait = std::chrono::milliseconds(20);
  use(
      [&gate]() -> Result<std::unique_ptr<judge::ProcessRunner>> {
        return std::unique_ptr<judge::ProcessRunner>(new BlockingRunner(gate));
      },
      o);
  std::thread first([this] { EXPECT_EQ(run(kSum, true).status, 200); });
  {
    std::unique_lock lock(gate.mu);
    gate.cv.wait(lock, [&] { return gate.inside == 1; });
  }
  auto r = run(kSum, true);
  EXPECT_EQ(r.status, 503);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("busy"), std::string::npos);
  {
    std::lock_guard lock(gate.mu);
    gate.open = true;
  }
  gate.cv.notify_all();
  first.join();
}

}  // namespace
}  // namespace kkori::server
