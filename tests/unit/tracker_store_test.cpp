// The tracker's repository on a real SQLite file, its HTTP endpoints through the transport-free
// router, and personal questions reaching drills and reviews once merged into the bank.
#include "store/tracker_store.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.hpp"
#include "json/json.hpp"
#include "server/api.hpp"
#include "store/migrations.hpp"
#include "store/sqlite_store.hpp"
#include "tracker/codec.hpp"
#include "tracker/personal.hpp"

namespace kkori::store {
namespace {

using tracker::Application;
using tracker::RoundType;
using tracker::Stage;
using tracker::StageEntry;

constexpr std::int64_t kT0 = 1'740'000'000'000;
constexpr std::int64_t kDay = tracker::kDayMs;

struct TempDir {
  TempDir() {
    char tmpl[] = "/tmp/kkori-tracker-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  std::string file(const std::string& name) const { return path + "/" + name; }
  std::string path;
};

Application sample(const std::string& company = "Naver") {
  Application a;
  a.company = company;
  a.role = "ML Engineer";
  a.applied_at_ms = kT0;
  return a;
}

TEST(TrackerStore, StagesAreCheckedAndStoredInOrder) {
  TempDir dir;
  auto st = TrackerStore::open(dir.file("sub/k.db"));
  ASSERT_TRUE(st.has_value()) << st.error().message;
  auto& s = **st;
  Application a = sample();
  auto id = s.add_application(a, kT0);
  ASSERT_TRUE(id.has_value());
  EXPECT_EQ(a.id, *id);
  auto r1 = s.add_stage(*id, StageEntry{0, Stage::interview, 0, RoundType::technical, kT0 + kDay, "live coding"});
  ASSERT_TRUE(r1.has_value()) << r1.error().message;
  EXPECT_EQ(r1->round, 1);
  EXPECT_GT(r1->id, 0);
  auto bad = s.add_stage(*id, StageEntry{0, Stage::accepted, 0, RoundType::none, kT0 + 2 * kDay, ""});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, Errc::conflict);
  auto r2 = s.add_stage(*id, StageEntry{0, Stage::interview, 0, RoundType::behavioral, kT0 + 3 * kDay, ""});
  ASSERT_TRUE(r2.has_value());
  EXPECT_EQ(r2->round, 2);
  EXPECT_FALSE(s.add_stage(999, StageEntry{0, Stage::screening, 0, RoundType::none, kT0, ""}).has_value());

  auto got = s.application(*id);
  ASSERT_TRUE(got.has_value());
  ASSERT_EQ(got->stages.size(), 2u);  // the refused move left nothing behind
  EXPECT_EQ(got->stages[0].note, "live coding");
  EXPECT_EQ(got->stages[1].type, RoundType::behavioral);
  EXPECT_EQ(got->current(), Stage::interview);
  EXPECT_EQ(s.application(42).error().code, Errc::not_found);
}

TEST(TrackerStore, NotesHeardLinksAndCascadingDelete) {
  TempDir dir;
  auto st = TrackerStore::open(dir.file("k.db"));
  ASSERT_TRUE(st.has_value());
  auto& s = **st;
  Application a = sample(), b = sample("Kakao");
  ASSERT_TRUE(s.add_application(a, kT0) && s.add_application(b, kT0));
  auto round = s.add_stage(a.id, StageEntry{0, Stage::interview, 0, RoundType::technical, kT0 + kDay, ""});
  ASSERT_TRUE(round.has_value());
  ASSERT_TRUE(s.add_note(a.id, tracker::Note{0, kT0 + kDay, "friendly panel"}).has_value());
  EXPECT_FALSE(s.add_note(a.id, tracker::Note{0, kT0, "  "}).has_value());
  EXPECT_EQ(s.add_note(77, tracker::Note{0, kT0, "x"}).error().code, Errc::not_found);
  auto h = s.add_heard(tracker::Heard{0, a.id, round->id, "KL 발산은?", "", kT0 + kDay});
  ASSERT_TRUE(h.has_value());
  // A round of another application is refused.
  auto wrong = s.add_heard(tracker::Heard{0, b.id, round->id, "q", "", kT0});
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().code, Errc::not_found);
  ASSERT_TRUE(s.link_heard(h->id, "ml.kl-divergence").has_value());
  EXPECT_EQ(s.heard(h->id)->question_id, "ml.kl-divergence");
  EXPECT_FALSE(s.link_heard(999, "x").has_value());
  auto all = s.applications();
  ASSERT_EQ(all->size(), 2u);
  EXPECT_EQ((*all)[0].company, "Naver");
  EXPECT_EQ((*all)[0].notes.at(0).text, "friendly panel");
  EXPECT_EQ((*all)[0].heard.at(0).stage_id, round->id);
  ASSERT_TRUE(s.delete_application(a.id).has_value());
  EXPECT_EQ(s.applications()->size(), 1u);
  EXPECT_FALSE(s.heard(h->id).has_value());  // went with its application
  EXPECT_FALSE(s.delete_application(a.id).has_value());
}

TEST(TrackerStore, ImportedApplicationsKeepRoundsOfHeardQuestions) {
  TempDir dir;
  auto st = TrackerStore::open(dir.file("k.db"));
  ASSERT_TRUE(st.has_value());
  auto data = tracker::import_json(R"({"version": 1, "applications": [{"company": "LINE", "role": "MLE",
      "applied_at_ms": 1740000000000, "source": "referral",
      "stages": [{"stage": "coding-test", "at_ms": 1740100000000},
                 {"stage": "interview", "type": "technical", "at_ms": 1740200000000}],
      "heard": [{"text": "Explain SVD", "round": 1, "question_id": "math.svd"}]}]})",
                                   "in.json");
  ASSERT_TRUE(data.has_value()) << data.error().located();
  ASSERT_TRUE((*st)->add_application(data->applications[0], kT0).has_value());
  auto a = (*st)->application(data->applications[0].id);
  ASSERT_TRUE(a.has_value());
  ASSERT_EQ(a->heard.size(), 1u);
  const StageEntry* e = a->stage(a->heard[0].stage_id);
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->stage, Stage::interview);
  EXPECT_EQ(a->source, tracker::Source::referral);
}

TEST(TrackerStore, PersonalQuestionsUpsertAndSurviveReopening) {
  TempDir dir;
  auto q = tracker::new_personal({"Explain label smoothing", "ml", 2, "mle", "Naver", "technical", ""}, {});
  ASSERT_TRUE(q.has_value());
  {
    auto st = TrackerStore::open(dir.file("k.db"));
    ASSERT_TRUE(st.has_value());
    ASSERT_TRUE((*st)->save_personal(*q, kT0).has_value());
    q->answer.en = "It mixes the one-hot target with a uniform distribution.";
    ASSERT_TRUE((*st)->save_personal(*q, kT0 + 1).has_value());
    Question bad = *q;
    bad.id = "ml.not-mine";
    EXPECT_FALSE((*st)->save_personal(bad, kT0).has_value());
  }
  auto st = TrackerStore::open(dir.file("k.db"));
  ASSERT_TRUE(st.has_value());
  auto all = (*st)->personal_questions();
  ASSERT_EQ(all->size(), 1u);
  EXPECT_TRUE(tracker::gradeable((*all)[0]));
  EXPECT_EQ((*all)[0].seen_at.at(0).stage, "technical");
  EXPECT_FALSE((*st)->personal_question("me.ml.nope")->has_value());
  ASSERT_TRUE((*st)->delete_personal(q->id).has_value());
  EXPECT_TRUE((*st)->personal_questions()->empty());
  // The main store sees the same file at the latest schema.
  auto main = SqliteStore::open(dir.file("k.db"));
  ASSERT_TRUE(main.has_value());
  EXPECT_EQ((*main)->schema_version(), static_cast<int>(sqlite_migrations().size()));
}

// ---- HTTP ---------------------------------------------------------------------------------

class TrackerApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = SqliteStore::open(dir_.file("k.db"));
    ASSERT_TRUE(s.has_value());
    store_ = std::move(*s);
    auto t = TrackerStore::open(dir_.file("k.db"));
    ASSERT_TRUE(t.has_value());
    tracker_ = std::move(*t);
    reload();
  }
  // A server start: the bank with the personal questions that have answers.
  void reload() {
    bank_ = kkori::testing::fixture_bank();
    tracker::merge_personal(bank_, *tracker_->personal_questions());
    api_ = std::make_unique<server::Api>(bank_, grader_, *store_, clock_);
    api_->set_tracker(tracker_.get());
    router_ = std::make_unique<server::Router>(api_->routes());
  }
  server::Response call(const std::string& method, const std::string& path, const std::string& body = "",
                        std::map<std::string, std::string> query = {}) {
    server::Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.query = std::move(query);
    return router_->dispatch(r);
  }
  static Json json(const server::Response& r) { return Json::parse(r.body); }

  TempDir dir_;
  bank::Bank bank_;
  kkori::testing::FakeGrader grader_;
  FixedClock clock_{kT0};
  std::unique_ptr<SqliteStore> store_;
  std::unique_ptr<TrackerStore> tracker_;
  std::unique_ptr<server::Api> api_;
  std::unique_ptr<server::Router> router_;
};

TEST_F(TrackerApiTest, AddStageHeardLinkAndTimeline) {
  auto r = call("POST", "/api/v1/applications", R"({"company": "Naver", "role": "ML Engineer", "source": "referral"})");
  ASSERT_EQ(r.status, 201) << r.body;
  const std::string id = std::to_string(json(r)["id"].get<int>());
  EXPECT_EQ(json(r)["current"], "applied");
  EXPECT_EQ(call("POST", "/api/v1/applications", R"({"company": "X"})").status, 400);
  r = call("POST", "/api/v1/applications/" + id + "/stages", R"({"stage": "offer"})");
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("cannot go from applied to offer"), std::string::npos);
  r = call("POST", "/api/v1/applications/" + id + "/stages", R"({"stage": "interview"})");
  EXPECT_EQ(r.status, 400);  // no round type
  r = call("POST", "/api/v1/applications/" + id + "/stages", R"({"stage": "interview", "type": "technical"})");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json(r)["round"], 1);
  r = call("POST", "/api/v1/applications/" + id + "/heard",
           R"({"text": "Why is the KL divergence not a metric?", "round": 1})");
  ASSERT_EQ(r.status, 201) << r.body;
  Json heard = json(r);
  EXPECT_EQ(heard["proposals"][0]["id"], "ml.kl-divergence");
  const std::string hid = std::to_string(heard["heard"]["id"].get<int>());
  r = call("POST", "/api/v1/heard/" + hid + "/link", R"({"question_id": "ml.kl-divergence"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(call("POST", "/api/v1/heard/" + hid + "/link", R"({"question_id": "ml.nope"})").status, 404);
  r = call("POST", "/api/v1/applications/" + id + "/notes", R"({"text": "thank-you mail sent"})");
  EXPECT_EQ(r.status, 201);
  Json app = json(call("GET", "/api/v1/applications/" + id));
  EXPECT_EQ(app["heard"][0]["question_id"], "ml.kl-divergence");
  EXPECT_EQ(app["heard"][0]["stage_index"], 0);
  EXPECT_EQ(app["notes"][0]["text"], "thank-you mail sent");
  EXPECT_EQ(json(call("GET", "/api/v1/applications")).size(), 1u);
  EXPECT_EQ(call("GET", "/api/v1/applications/9").status, 404);
  EXPECT_EQ(call("GET", "/api/v1/applications/x").status, 400);
}

TEST_F(TrackerApiTest, RemindersUseTheInjectedClockAndFunnelAndExports) {
  auto r = call("POST", "/api/v1/applications", R"({"company": "Naver", "role": "MLE"})");
  const std::string id = std::to_string(json(r)["id"].get<int>());
  call("POST", "/api/v1/applications/" + id + "/stages", R"({"stage": "screening"})");
  const std::int64_t when = kT0 + 3 * kDay;
  r = call("POST", "/api/v1/applications/" + id + "/stages",
           R"({"stage": "interview", "type": "technical", "at_ms": )" + std::to_string(when) + "}");
  ASSERT_EQ(r.status, 201);
  Json rem = json(call("GET", "/api/v1/tracker/reminders"));
  ASSERT_EQ(rem.size(), 1u);
  EXPECT_EQ(rem[0]["kind"], "upcoming");
  EXPECT_EQ(rem[0]["days"], 3);
  EXPECT_EQ(rem[0]["practice"]["track"], "ml-basics");
  EXPECT_EQ(rem[0]["practice"]["questions"][0], "ml.kl-divergence");  // reported for Naver
  clock_.advance(3 * kDay + 8 * kDay);
  rem = json(call("GET", "/api/v1/tracker/reminders"));
  ASSERT_EQ(rem.size(), 1u);
  EXPECT_EQ(rem[0]["kind"], "no_reply");
  EXPECT_EQ(rem[0]["days"], 8);
  EXPECT_TRUE(json(call("GET", "/api/v1/tracker/reminders", "", {{"days", "9"}})).empty());

  Json f = json(call("GET", "/api/v1/tracker/funnel"));
  EXPECT_EQ(f["steps"][0]["reached"], 1);
  EXPECT_EQ(f["steps"][3]["step"], "interview");
  EXPECT_EQ(f["steps"][3]["reached"], 1);
  EXPECT_EQ(f["steps"][5]["reached"], 0);

  r = call("GET", "/api/v1/tracker/export", "", {{"format", "csv"}});
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.content_type, "text/csv; charset=utf-8");
  EXPECT_NE(r.body.find("1,Naver,MLE,posting,"), std::string::npos) << r.body;
  r = call("GET", "/api/v1/tracker/export");
  ASSERT_EQ(r.status, 200);
  r = call("POST", "/api/v1/tracker/import", r.body);  // a second copy of everything
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json(call("GET", "/api/v1/applications")).size(), 2u);
  r = call("POST", "/api/v1/tracker/import", R"({"version": 1, "applications": [{"company": "A"}]})");
  EXPECT_EQ(r.status, 400);
  EXPECT_NE(json(r)["detail"].get<std::string>().find("applications[0]: missing 'role'"), std::string::npos);
}

TEST_F(TrackerApiTest, PersonalQuestionsReachDrillsAndReviews) {
  auto r = call("POST", "/api/v1/applications", R"({"company": "Kakao", "role": "ML Engineer"})");
  const std::string id = std::to_string(json(r)["id"].get<int>());
  call("POST", "/api/v1/applications/" + id + "/stages", R"({"stage": "interview", "type": "technical"})");
  r = call("POST", "/api/v1/applications/" + id + "/heard", R"({"text": "How would you detect label noise?"})");
  ASSERT_EQ(r.status, 201);
  const std::string hid = std::to_string(json(r)["heard"]["id"].get<int>());
  r = call("POST", "/api/v1/heard/" + hid + "/link", R"({"personal": true, "area": "ml"})");
  ASSERT_EQ(r.status, 200) << r.body;
  const std::string qid = json(r)["question_id"];
  EXPECT_EQ(qid, "me.ml.how-would-you-detect-label");
  EXPECT_EQ(json(r)["personal_question"]["seen_at"][0]["company"], "Kakao");
  Json mine = json(call("GET", "/api/v1/personal-questions"));
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_FALSE(mine[0]["gradeable"].get<bool>());
  // Without a model answer it is not in the bank: nothing to grade against.
  reload();
  EXPECT_EQ(call("GET", "/api/v1/questions/" + qid).status, 404);
  r = call("POST", "/api/v1/personal-questions/" + qid + "/answer",
           R"({"answer": "Train with cross-validation and flag examples the model confidently disagrees with."})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(json(r)["gradeable"].get<bool>());
  EXPECT_NE(call("GET", "/api/v1/personal-questions/export").body.find("id: ml.how-would-you-detect-label"),
            std::string::npos);

  // The next start of the server drills it, and the weak answer comes back in reviews.
  reload();
  EXPECT_EQ(call("GET", "/api/v1/questions/" + qid).status, 200);
  r = call("POST", "/api/v1/sessions", R"({"kind": "drill", "topic": ")" + qid + R"(", "depth": 0})");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json(r)["question"]["id"], qid);
  const std::string sid = std::to_string(json(r)["id"].get<int>());
  r = call("POST", "/api/v1/sessions/" + sid + "/answer", R"({"answer": "no idea really"})");
  ASSERT_EQ(r.status, 200) << r.body;
  clock_.advance(3 * kDay);
  Json due = json(call("GET", "/api/v1/reviews/due"));
  ASSERT_FALSE(due.empty());
  EXPECT_EQ(due[0]["question_id"], qid);
  r = call("POST", "/api/v1/reviews/" + std::to_string(due[0]["card_id"].get<int>()), R"({"answer": "GOOD"})");
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(json(r)["model_answer"]["en"].get<std::string>().find("cross-validation"), std::string::npos);
}

TEST_F(TrackerApiTest, WithoutATrackerStoreTheRoutesSay503) {
  api_->set_tracker(nullptr);
  EXPECT_EQ(call("GET", "/api/v1/applications").status, 503);
}

}  // namespace
}  // namespace kkori::store
