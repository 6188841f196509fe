// The JSON API through the transport-free router, on the fixture bank with a fake grader and a
// real SQLite store; plus the route list against docs/openapi.yaml.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "fixtures.hpp"
#include "json/json.hpp"
#include "server/api.hpp"
#include "store/sqlite_store.hpp"

namespace kkori::server {
namespace {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bank_ = kkori::testing::fixture_bank();
    char tmpl[] = "/tmp/kkori-api-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto s = store::SqliteStore::open(dir_ + "/k.db");
    ASSERT_TRUE(s.has_value());
    store_ = std::move(*s);
    api_ = std::make_unique<Api>(bank_, grader_, *store_, clock_);
    router_ = std::make_unique<Router>(api_->routes());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Response call(const std::string& method, const std::string& path, const std::string& body = "",
                std::map<std::string, std::string> query = {}) {
    Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.query = std::move(query);
    clock_.advance(30'000);
    return router_->dispatch(r);
  }
  static Json json(const Response& r) { return Json::parse(r.body); }

  bank::Bank bank_;
  kkori::testing::FakeGrader grader_;
  FixedClock clock_{1'700'000'000'000};
  std::string dir_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<Router> router_;
};

TEST_F(ApiTest, QuestionsListFilterSearchAndShow) {
  auto r = call("GET", "/api/v1/questions", "", {{"limit", "3"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json(r).size(), 3u);
  EXPECT_TRUE(json(r)[0].contains("id"));
  r = call("GET", "/api/v1/questions", "", {{"area", "math"}});
  ASSERT_EQ(json(r).size(), 1u);
  EXPECT_EQ(json(r)[0]["id"], "math.svd");
  r = call("GET", "/api/v1/questions", "", {{"q", "KL 발산"}});
  EXPECT_EQ(json(r)[0]["id"], "ml.kl-divergence");
  r = call("GET", "/api/v1/questions/ml.kl-divergence");
  ASSERT_EQ(r.status, 200);
  Json q = json(r);
  EXPECT_EQ(q["followups"][0]["id"], "ml.cross-entropy");
  EXPECT_EQ(q["parents"][0], "ml.vae-elbo");
  EXPECT_EQ(q["keypoints"].size(), 3u);
}

TEST_F(ApiTest, ErrorsAreProblemJsonWithUsefulDetail) {
  auto r = call("GET", "/api/v1/questions/ml.nope");
  EXPECT_EQ(r.status, 404);
  EXPECT_EQ(r.content_type, "application/problem+json");
  EXPECT_NE(json(r)["detail"].get<std::string>().find("ml.nope"), std::string::npos);
  r = call("GET", "/api/v1/questions", "", {{"limit", "lots"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("limit"), std::string::npos);
  r = call("POST", "/api/v1/grade", "{\n  \"answer\": \"x\",\n  \"question_id\": }");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("line 3, column"), std::string::npos) << r.body;
  r = call("POST", "/api/v1/grade", R"(["not", "an", "object"])");
  EXPECT_EQ(r.status, 400);
  r = call("POST", "/api/v1/grade", R"({"question_id": "ml.entropy"})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("answer"), std::string::npos);
  r = call("POST", "/api/v1/grade", std::string(300 * 1024, ' '));
  EXPECT_EQ(r.status, 400);
  r = call("DELETE", "/api/v1/questions");
  EXPECT_EQ(r.status, 405);
  r = call("GET", "/api/v1/nothing");
  EXPECT_EQ(r.status, 404);
  r = call("GET", "/api/v1/sessions/abc");
  EXPECT_EQ(r.status, 400);
  r = call("GET", "/api/v1/sessions/999");
  EXPECT_EQ(r.status, 404);
}

TEST_F(ApiTest, GradeByQuestionAndByReference) {
  auto r = call("POST", "/api/v1/grade", R"({"question_id": "ml.entropy", "answer": "GOOD"})");
  ASSERT_EQ(r.status, 200);
  EXPECT_NEAR(json(r)["score"].get<double>(), 0.9, 1e-9);
  EXPECT_EQ(json(r)["covered"].size(), 3u);
  r = call("POST", "/api/v1/grade", R"({"reference": "H = -sum p log p", "answer": ""})");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(json(r)["dont_know"].get<bool>());
}

TEST_F(ApiTest, DrillSessionRunsTailsRecordsAttemptsAndReports) {
  auto r = call("POST", "/api/v1/sessions", R"({"kind": "drill", "topic": "ml.kl-divergence", "lang": "en"})");
  ASSERT_EQ(r.status, 201) << r.body;
  Json s = json(r);
  const std::string id = std::to_string(s["id"].get<int>());
  EXPECT_EQ(s["question"]["id"], "ml.kl-divergence");
  EXPECT_EQ(s["question"]["why"], "root");
  r = call("POST", "/api/v1/sessions/" + id + "/answer", R"({"answer": "GOOD, like cross-entropy"})");
  ASSERT_EQ(r.status, 200) << r.body;
  Json fb = json(r);
  EXPECT_EQ(fb["next"]["kind"], "tail");
  EXPECT_EQ(fb["state"]["question"]["id"], "ml.cross-entropy");
  EXPECT_EQ(fb["turn"]["evidence"]["definition"][0]["end"], 24);  // the whole answer, in bytes
  r = call("POST", "/api/v1/sessions/" + id + "/hint");
  EXPECT_EQ(json(r)["hint"]["en"], "What does H(P) depend on?");
  r = call("POST", "/api/v1/sessions/" + id + "/skip");
  EXPECT_EQ(json(r)["turn"]["dont_know"], true);
  // The API instance forgets its cache: a new one rebuilds the session from the store.
  api_ = std::make_unique<Api>(bank_, grader_, *store_, clock_);
  router_ = std::make_unique<Router>(api_->routes());
  r = call("GET", "/api/v1/sessions/" + id);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json(r)["answered"], 2);
  EXPECT_EQ(json(r)["question"]["id"], json(call("GET", "/api/v1/sessions/" + id))["question"]["id"]);
  r = call("POST", "/api/v1/sessions/" + id + "/end");
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json(r)["answered"], 2);
  r = call("POST", "/api/v1/sessions/" + id + "/answer", R"({"answer": "late"})");
  EXPECT_EQ(r.status, 409);
  r = call("GET", "/api/v1/sessions/" + id + "/report");
  EXPECT_EQ(json(r)["topics"][0]["root"], "ml.kl-divergence");
  EXPECT_EQ(json(r)["turns"].size(), 2u);
  r = call("GET", "/api/v1/attempts");
  EXPECT_EQ(json(r).size(), 2u);
  r = call("GET", "/api/v1/stats");
  Json st = json(r);
  EXPECT_EQ(st["attempts"], 2);
  EXPECT_FALSE(st["weakest_keypoints"].empty());
  EXPECT_FALSE(st["days"].empty());
}

TEST_F(ApiTest, AnswersCreateCardsThatComeDueAndCanBeReviewed) {
  auto r = call("POST", "/api/v1/grade", R"({"question_id": "ml.entropy", "answer": "GOOD"})");
  ASSERT_EQ(r.status, 200);
  EXPECT_TRUE(json(call("GET", "/api/v1/reviews/due")).empty());  // /grade alone schedules nothing
  r = call("POST", "/api/v1/sessions", R"({"topic": "ml.entropy", "depth": 0})");
  const std::string id = std::to_string(json(r)["id"].get<int>());
  call("POST", "/api/v1/sessions/" + id + "/answer", R"({"answer": "weak"})");
  EXPECT_TRUE(json(call("GET", "/api/v1/reviews/due")).empty());  // due tomorrow, not now
  clock_.advance(2 * 86'400'000);
  Json due = json(call("GET", "/api/v1/reviews/due"));
  ASSERT_EQ(due.size(), 4u);  // the question and its three missed keypoints
  EXPECT_EQ(due[0]["question_id"], "ml.entropy");
  Json kp_card;
  for (const auto& c : due)
    if (c["kind"] == "keypoint") kp_card = c;
  ASSERT_TRUE(kp_card.contains("focus"));
  const std::string card = std::to_string(kp_card["card_id"].get<int>());
  r = call("POST", "/api/v1/reviews/" + card, R"({"answer": "GOOD", "rating": 4})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json(r)["rating"], 4);
  EXPECT_GT(json(r)["due_ms"].get<std::int64_t>(), clock_.now_ms() + 86'400'000);
  EXPECT_EQ(call("POST", "/api/v1/reviews/" + card, R"({"answer": "x", "rating": 9})").status, 400);
  EXPECT_EQ(call("POST", "/api/v1/reviews/424242", R"({"answer": "x"})").status, 404);
  Json st = json(call("GET", "/api/v1/stats"));
  EXPECT_EQ(st["forecast"].size(), 30u);
  // The good review answered the whole question: every card of it moved into the future.
  EXPECT_EQ(st["due_today"].get<int>(), 0) << st.dump();
  int total = 0;
  for (const auto& n : st["forecast"]) total += n.get<int>();
  EXPECT_EQ(total, 4);
}

TEST_F(ApiTest, InterviewNeedsAKnownTrack) {
  auto r = call("POST", "/api/v1/sessions", R"({"kind": "interview", "track": "nope"})");
  EXPECT_EQ(r.status, 404);
  r = call("POST", "/api/v1/sessions", R"({"kind": "interview", "track": "ml-basics", "seed": 3})");
  ASSERT_EQ(r.status, 201);
  EXPECT_EQ(json(r)["round"]["id"], "theory");
  r = call("POST", "/api/v1/sessions", R"({"kind": "party"})");
  EXPECT_EQ(r.status, 400);
}

TEST_F(ApiTest, EveryRouteIsDocumentedAndEveryDocumentedRouteExists) {
  std::ifstream in(std::string(KKORI_TEST_DATA) + "/../../docs/openapi.yaml");
  ASSERT_TRUE(in.good());
  std::set<std::string> documented;
  std::string line, path;
  std::regex path_re(R"(^  (/api/v1/\S*):\s*$)"), method_re(R"(^    (get|post|put|delete|patch):)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_match(line, m, path_re))
      path = m[1];
    else if (std::regex_search(line, m, method_re) && !path.empty()) {
      std::string method = m[1];
      for (auto& c : method) c = static_cast<char>(std::toupper(c));
      documented.insert(method + " " + path);
    }
  }
  std::set<std::string> served;
  for (const auto& r : api_->routes()) served.insert(r.method + " " + r.pattern);
  EXPECT_EQ(served, documented);
}

}  // namespace
}  // namespace kkori::server
