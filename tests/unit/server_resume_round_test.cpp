// Saved résumés and the project round over HTTP (docs/resume.md, docs/openapi.yaml): save, list,
// show, forget; an interview started with a saved résumé asks its claim question first, graded
// with the rubric, and the report carries the résumé words; without a résumé the round says so.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bank/files.hpp"
#include "fixtures.hpp"
#include "json/json.hpp"
#include "server/api.hpp"
#include "store/resume_store.hpp"
#include "store/sqlite_store.hpp"

namespace kkori::server {
namespace {

class ResumeApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto files = bank::read_content_dir(std::string(KKORI_TEST_DATA) + "/resume/content");
    ASSERT_TRUE(files.has_value());
    auto loaded = bank::load(*files);
    ASSERT_TRUE(loaded.errors.empty());
    bank_ = std::move(loaded.bank);
    Track t;
    t.id = "project-round";
    Round r;
    r.id = "project";
    r.name = Bilingual{"프로젝트", "Project"};
    r.areas = {"project"};
    r.count = 3;
    r.minutes = 15;
    r.max_depth = 1;
    t.rounds = {r};
    bank_.tracks = {t};
    char tmpl[] = "/tmp/kkori-resume-api-XXXXXX";
    dir_ = mkdtemp(tmpl);
    auto s = store::SqliteStore::open(dir_ + "/k.db");
    ASSERT_TRUE(s.has_value());
    store_ = std::move(*s);
    auto rs = store::ResumeStore::open(dir_ + "/k.db");
    ASSERT_TRUE(rs.has_value());
    resumes_ = std::move(*rs);
    api_ = std::make_unique<Api>(bank_, grader_, *store_, clock_);
    api_->set_resumes(resumes_.get());
    router_ = std::make_unique<Router>(api_->routes());
    std::ifstream in(std::string(KKORI_TEST_DATA) + "/resume/ko.md", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    cv_ = ss.str();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  Response call(const std::string& method, const std::string& path, const std::string& body = "") {
    Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    clock_.advance(30'000);
    return router_->dispatch(r);
  }
  static Json json(const Response& r) { return Json::parse(r.body); }

  bank::Bank bank_;
  kkori::testing::FakeGrader grader_;
  FixedClock clock_{1'700'000'000'000};
  std::string dir_;
  std::string cv_;
  std::unique_ptr<store::SqliteStore> store_;
  std::unique_ptr<store::ResumeStore> resumes_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<Router> router_;
};

TEST_F(ResumeApiTest, SaveListShowForget) {
  EXPECT_EQ(json(call("GET", "/api/v1/resumes")).size(), 0u);
  auto r = call("POST", "/api/v1/resumes", Json{{"text", cv_}}.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  Json saved = json(r);
  EXPECT_EQ(saved["title"], "김꼬리");
  EXPECT_EQ(saved["projects"], 2);
  EXPECT_EQ(saved["format"], "markdown");
  EXPECT_TRUE(saved["created"].get<bool>());
  const std::int64_t id = saved["id"];

  r = call("POST", "/api/v1/resumes", Json{{"text", cv_}, {"title", "지원용"}}.dump());
  ASSERT_EQ(r.status, 200) << "the same text again is the same résumé";
  EXPECT_EQ(json(r)["id"], id);
  EXPECT_EQ(json(r)["title"], "지원용");

  Json list = json(call("GET", "/api/v1/resumes"));
  ASSERT_EQ(list.size(), 1u);
  EXPECT_FALSE(list[0].contains("text"));
  r = call("GET", "/api/v1/resumes/" + std::to_string(id));
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(json(r)["text"], cv_);
  EXPECT_EQ(json(r)["questions_by_project"].size(), 2u);

  EXPECT_EQ(call("GET", "/api/v1/resumes/99").status, 404);
  EXPECT_EQ(call("GET", "/api/v1/resumes/x").status, 400);
  EXPECT_EQ(call("POST", "/api/v1/resumes", R"({"text": "   "})").status, 400);
  EXPECT_EQ(call("POST", "/api/v1/resumes", R"({"title": "no text"})").status, 400);
  EXPECT_EQ(call("DELETE", "/api/v1/resumes/" + std::to_string(id)).status, 200);
  EXPECT_EQ(call("DELETE", "/api/v1/resumes/" + std::to_string(id)).status, 404);
  EXPECT_EQ(json(call("GET", "/api/v1/resumes")).size(), 0u);
}

TEST_F(ResumeApiTest, AnInterviewWithASavedResumeAsksFromIt) {
  const std::int64_t id = json(call("POST", "/api/v1/resumes", Json{{"text", cv_}}.dump()))["id"];
  // No track: the first one with a project round.
  auto r = call("POST", "/api/v1/sessions", Json{{"kind", "interview"}, {"resume", id}, {"lang", "ko"}}.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  Json s = json(r);
  EXPECT_EQ(s["track"], "project-round");
  EXPECT_EQ(s["round"]["source"], "resume");
  EXPECT_EQ(s["resume"]["id"], id);
  const Json& q = s["question"];
  ASSERT_TRUE(q.contains("resume")) << s.dump();
  EXPECT_EQ(q["resume"]["kind"], "claim");
  const std::string quote = q["resume"]["source"]["text"];
  EXPECT_NE(cv_.find(quote), std::string::npos);
  EXPECT_NE(q["prompt"]["ko"].get<std::string>().find("“" + quote + "”"), std::string::npos);
  EXPECT_EQ(q["id"], q["resume"]["bank_id"]);
  const std::string sid = std::to_string(s["id"].get<std::int64_t>());

  r = call("POST", "/api/v1/sessions/" + sid + "/answer", R"({"answer": "GOOD: 부하 테스트로 측정"})");
  ASSERT_EQ(r.status, 200) << r.body;
  Json fb = json(r);
  EXPECT_EQ(fb["turn"]["question_id"], q["id"]);
  EXPECT_EQ(fb["turn"]["prompt"], q["prompt"]["ko"]);
  EXPECT_EQ(fb["turn"]["resume"]["source"]["text"], quote);
  EXPECT_EQ(fb["turn"]["keypoints"].size(), bank_.find(q["id"].get<std::string>())->keypoints.size());

  // The answer was recorded under the rubric's id, so its review card is the bank question's.
  Json attempts = json(call("GET", "/api/v1/attempts"));
  ASSERT_EQ(attempts.size(), 1u);
  EXPECT_EQ(attempts[0]["question_id"], q["id"]);

  // A fresh Api (another instance, or a restart) replays the session from its stored plan.
  api_ = std::make_unique<Api>(bank_, grader_, *store_, clock_);
  router_ = std::make_unique<Router>(api_->routes());
  r = call("GET", "/api/v1/sessions/" + sid + "/report");
  ASSERT_EQ(r.status, 200);
  Json rep = json(r);
  ASSERT_FALSE(rep["topics"].empty());
  EXPECT_EQ(rep["topics"][0]["resume"]["source"]["text"], quote);
  EXPECT_EQ(rep["turns"][0]["resume"]["source"]["text"], quote);
}

TEST_F(ResumeApiTest, WithoutAResumeTheRoundIsMarkedAndBadRequestsAreProblems) {
  auto r = call("POST", "/api/v1/sessions", R"({"kind": "interview", "track": "project-round"})");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json(r)["round"]["source"], "no_resume");
  EXPECT_FALSE(json(r)["question"].contains("resume"));
  EXPECT_FALSE(json(r).contains("resume"));

  EXPECT_EQ(call("POST", "/api/v1/sessions", R"({"kind": "interview", "resume": 42})").status, 404);
  EXPECT_EQ(call("POST", "/api/v1/sessions", R"({"kind": "interview", "resume": "one"})").status, 400);
  EXPECT_EQ(call("POST", "/api/v1/sessions", R"({"kind": "drill", "resume": 1})").status, 400);

  // The latest saved résumé is used when none is named.
  ASSERT_EQ(call("POST", "/api/v1/resumes", Json{{"text", cv_}}.dump()).status, 201);
  r = call("POST", "/api/v1/sessions", R"({"kind": "interview", "track": "project-round"})");
  ASSERT_EQ(r.status, 201);
  EXPECT_EQ(json(r)["round"]["source"], "resume");

  // A server without résumés: the routes answer 503 and interviews ask the bank.
  Api bare(bank_, grader_, *store_, clock_);
  Router plain(bare.routes());
  Request req;
  req.method = "GET";
  req.path = "/api/v1/resumes";
  EXPECT_EQ(plain.dispatch(req).status, 503);
  req.method = "POST";
  req.path = "/api/v1/sessions";
  req.body = R"({"kind": "interview", "track": "project-round"})";
  auto bare_r = plain.dispatch(req);
  ASSERT_EQ(bare_r.status, 201);
  EXPECT_EQ(Json::parse(bare_r.body)["round"]["source"], "no_resume");
}

}  // namespace
}  // namespace kkori::server
