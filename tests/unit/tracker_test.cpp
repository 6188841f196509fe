// The application tracker's pure core: the transition table and the rules around it, outcomes and
// the funnel, reminders from an injected clock, proposals from the bank's search, personal
// questions (ids, rules, the merge into the bank), and the JSON/CSV/YAML forms.
#include <gtest/gtest.h>

#include "bank/parse.hpp"
#include "fixtures.hpp"
#include "interview/planner.hpp"
#include "tracker/codec.hpp"
#include "tracker/export.hpp"
#include "tracker/funnel.hpp"
#include "tracker/personal.hpp"
#include "tracker/propose.hpp"
#include "tracker/reminders.hpp"

namespace kkori::tracker {
namespace {

using kkori::testing::fixture_bank;

constexpr std::int64_t kT0 = 1'740'000'000'000;  // an arbitrary fixed "now" for the tests

StageEntry entry(Stage s, std::int64_t at, RoundType t = RoundType::none, int round = 0) {
  return StageEntry{0, s, round, t, at, ""};
}

Application app(const std::string& company = "Naver", const std::string& role = "ML Engineer") {
  Application a;
  a.id = 1;
  a.company = company;
  a.role = role;
  a.applied_at_ms = kT0;
  return a;
}

// Appends through the rules; the test fails if they refuse.
void push(Application& a, StageEntry e) {
  auto ok = check_next(a, e);
  ASSERT_TRUE(ok.has_value()) << ok.error().message;
  ok->id = static_cast<std::int64_t>(a.stages.size()) + 1;
  a.stages.push_back(*ok);
}

TEST(TrackerStage, TableHasOneRowPerStageInOrderAndTerminalsAreEmpty) {
  auto table = transition_table();
  ASSERT_EQ(table.size(), static_cast<std::size_t>(kStageCount));
  for (int i = 0; i < kStageCount; ++i) EXPECT_EQ(table[static_cast<std::size_t>(i)].from, static_cast<Stage>(i));
  for (Stage s : {Stage::accepted, Stage::declined, Stage::rejected, Stage::withdrawn}) {
    EXPECT_TRUE(is_terminal(s)) << to_string(s);
    EXPECT_TRUE(next_stages(s).empty());
  }
  for (Stage s : {Stage::applied, Stage::screening, Stage::interview, Stage::offer}) EXPECT_FALSE(is_terminal(s));
}

TEST(TrackerStage, TransitionRows) {
  struct Row {
    Stage from, to;
    bool ok;
  };
  for (const Row& r : {
           Row{Stage::applied, Stage::screening, true},
           Row{Stage::applied, Stage::interview, true},  // no document screening
           Row{Stage::applied, Stage::offer, false},     // an offer follows an interview
           Row{Stage::screening, Stage::coding_test, true},
           Row{Stage::screening, Stage::screening, false},
           Row{Stage::coding_test, Stage::coding_test, true},  // 1st and 2nd coding tests
           Row{Stage::assignment, Stage::interview, true},
           Row{Stage::interview, Stage::interview, true},  // the next round
           Row{Stage::interview, Stage::reference_check, true},
           Row{Stage::interview, Stage::offer, true},
           Row{Stage::interview, Stage::accepted, false},
           Row{Stage::reference_check, Stage::interview, true},  // an executive round after references
           Row{Stage::reference_check, Stage::screening, false},
           Row{Stage::offer, Stage::accepted, true},
           Row{Stage::offer, Stage::declined, true},
           Row{Stage::offer, Stage::rejected, true},  // rescinded
           Row{Stage::offer, Stage::interview, false},
           Row{Stage::rejected, Stage::interview, false},
           Row{Stage::withdrawn, Stage::screening, false},
           Row{Stage::accepted, Stage::withdrawn, false},
       })
    EXPECT_EQ(allowed(r.from, r.to), r.ok) << to_string(r.from) << " -> " << to_string(r.to);
  // Rejection and withdrawal are possible from every open stage before the offer.
  for (Stage s : {Stage::applied, Stage::screening, Stage::coding_test, Stage::assignment, Stage::interview,
                  Stage::reference_check}) {
    EXPECT_TRUE(allowed(s, Stage::rejected)) << to_string(s);
    EXPECT_TRUE(allowed(s, Stage::withdrawn)) << to_string(s);
  }
}

TEST(TrackerStage, NamesRoundTripAndAliasesParse) {
  for (auto n : stage_names()) EXPECT_EQ(to_string(*parse_stage(n)), n);
  for (auto n : round_type_names()) EXPECT_EQ(to_string(*parse_round_type(n)), n);
  for (auto n : source_names()) EXPECT_EQ(to_string(*parse_source(n)), n);
  EXPECT_EQ(parse_stage("document-screening"), Stage::screening);
  EXPECT_EQ(parse_stage("Coding_Test"), Stage::coding_test);
  EXPECT_EQ(parse_stage("background check"), Stage::reference_check);
  EXPECT_EQ(parse_stage("rejection"), Stage::rejected);
  EXPECT_EQ(parse_stage("withdrawal"), Stage::withdrawn);
  EXPECT_EQ(parse_round_type("system-design"), RoundType::sysdesign);
  EXPECT_EQ(parse_round_type("behavioural"), RoundType::behavioral);
  EXPECT_FALSE(parse_stage("party").has_value());
  EXPECT_FALSE(parse_round_type("").has_value());
  EXPECT_EQ(content_stage(Stage::interview, RoundType::sysdesign), "sysdesign");
  EXPECT_EQ(content_stage(Stage::coding_test, RoundType::none), "coding");
  EXPECT_EQ(content_stage(Stage::offer, RoundType::none), "");
  for (auto t : round_type_names()) EXPECT_TRUE(is_stage(t)) << t;  // they are content stages too
}

TEST(TrackerRules, InterviewRoundsAreNumberedAndTyped) {
  Application a = app();
  push(a, entry(Stage::screening, kT0 + 1));
  auto no_type = check_next(a, entry(Stage::interview, kT0 + 2));
  ASSERT_FALSE(no_type.has_value());
  EXPECT_EQ(no_type.error().code, Errc::invalid_input);
  EXPECT_EQ(no_type.error().where.field, "type");
  push(a, entry(Stage::interview, kT0 + 2, RoundType::technical));
  EXPECT_EQ(a.stages.back().round, 1);
  auto wrong = check_next(a, entry(Stage::interview, kT0 + 3, RoundType::project, 3));
  ASSERT_FALSE(wrong.has_value());
  EXPECT_NE(wrong.error().message.find("round 2, not 3"), std::string::npos);
  push(a, entry(Stage::interview, kT0 + 3, RoundType::project, 2));
  push(a, entry(Stage::interview, kT0 + 4, RoundType::executive));
  EXPECT_EQ(a.rounds(), 3);
  EXPECT_EQ(a.round(3)->type, RoundType::executive);
  EXPECT_EQ(a.round(4), nullptr);
  auto typed_offer = check_next(a, entry(Stage::offer, kT0 + 5, RoundType::technical));
  ASSERT_FALSE(typed_offer.has_value());
  EXPECT_EQ(typed_offer.error().where.field, "type");
  auto numbered = check_next(a, entry(Stage::reference_check, kT0 + 5, RoundType::none, 1));
  ASSERT_FALSE(numbered.has_value());
  EXPECT_EQ(numbered.error().where.field, "round");
}

TEST(TrackerRules, MovesOutsideTheTableAreConflictsNamingWhatIsAllowed) {
  Application a = app();
  auto offer = check_next(a, entry(Stage::offer, kT0 + 1));
  ASSERT_FALSE(offer.has_value());
  EXPECT_EQ(offer.error().code, Errc::conflict);
  EXPECT_NE(offer.error().message.find("cannot go from applied to offer"), std::string::npos);
  EXPECT_NE(offer.error().message.find("allowed next: screening"), std::string::npos);
  push(a, entry(Stage::rejected, kT0 + 1));
  auto after = check_next(a, entry(Stage::interview, kT0 + 2, RoundType::technical));
  ASSERT_FALSE(after.has_value());
  EXPECT_NE(after.error().message.find("allowed next: none"), std::string::npos);
  auto applied = check_next(app(), entry(Stage::applied, kT0 + 1));
  ASSERT_FALSE(applied.has_value());
}

TEST(TrackerRules, DatesGoForward) {
  Application a = app();
  auto before_applying = check_next(a, entry(Stage::screening, kT0 - 1));
  ASSERT_FALSE(before_applying.has_value());
  EXPECT_NE(before_applying.error().message.find("application date"), std::string::npos);
  push(a, entry(Stage::screening, kT0 + 10));
  auto back = check_next(a, entry(Stage::coding_test, kT0 + 9));
  ASSERT_FALSE(back.has_value());
  EXPECT_EQ(back.error().where.field, "date");
  push(a, entry(Stage::coding_test, kT0 + 10));  // the same moment is fine
}

TEST(TrackerRules, OutcomeFollowsTheCurrentStage) {
  Application a = app();
  EXPECT_EQ(outcome(a), Outcome::active);
  push(a, entry(Stage::interview, kT0 + 1, RoundType::technical));
  push(a, entry(Stage::offer, kT0 + 2));
  EXPECT_EQ(outcome(a), Outcome::offer);
  push(a, entry(Stage::declined, kT0 + 3));
  EXPECT_EQ(outcome(a), Outcome::declined);
  EXPECT_EQ(a.last_at_ms(), kT0 + 3);
  Application blank = app(" ", "MLE");
  EXPECT_FALSE(check_application(blank).has_value());
  EXPECT_FALSE(check_application(app("Kakao", "")).has_value());
}

TEST(TrackerFunnel, CountsReachedStepsAndOutcomes) {
  std::vector<Application> apps(4, app());
  push(apps[1], entry(Stage::screening, kT0 + 1));
  push(apps[1], entry(Stage::rejected, kT0 + 2));
  push(apps[2], entry(Stage::interview, kT0 + 1, RoundType::technical));  // no screening: still past it
  push(apps[2], entry(Stage::interview, kT0 + 2, RoundType::executive));
  push(apps[3], entry(Stage::coding_test, kT0 + 1));
  push(apps[3], entry(Stage::interview, kT0 + 2, RoundType::technical));
  push(apps[3], entry(Stage::offer, kT0 + 3));
  push(apps[3], entry(Stage::accepted, kT0 + 4));
  Funnel f = funnel(apps);
  EXPECT_EQ(f.reached,
            (std::array<int, kFunnelSteps>{4, 3, 2, 2, 2, 1, 1}));  // "at least": accepted is past final_round
  EXPECT_EQ(f.active, 2);
  EXPECT_EQ(f.rejected, 1);
  EXPECT_EQ(f.accepted, 1);
}

TEST(TrackerReminders, NoReplyAfterNDaysFromTheInjectedClock) {
  std::vector<Application> apps{app()};
  push(apps[0], entry(Stage::interview, kT0 + kDayMs, RoundType::technical));
  const std::int64_t round_at = kT0 + kDayMs;
  bank::Bank b = fixture_bank();
  auto at = [&](std::int64_t now) { return reminders(now, apps, b.tracks, b.questions, ReminderOptions{7, 14}); };
  EXPECT_TRUE(at(round_at + 6 * kDayMs).empty());
  auto rs = at(round_at + 7 * kDayMs);
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].kind, Reminder::Kind::no_reply);
  EXPECT_EQ(rs[0].days, 7);
  EXPECT_EQ(rs[0].entry.round, 1);
  EXPECT_EQ(at(round_at + 21 * kDayMs)[0].days, 21);
  // An answer (the next stage) or a closed application ends the wait.
  push(apps[0], entry(Stage::rejected, round_at + 8 * kDayMs));
  EXPECT_TRUE(at(round_at + 30 * kDayMs).empty());
  // A fresh application waits for its screening result too.
  std::vector<Application> fresh{app()};
  auto w = reminders(kT0 + 10 * kDayMs, fresh, b.tracks, b.questions);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].entry.stage, Stage::applied);
}

TEST(TrackerReminders, UpcomingRoundsSayWhatToPractise) {
  bank::Bank b = fixture_bank();
  std::vector<Application> apps{app("NAVER", "ML Engineer"), app("Kakao")};
  apps[1].id = 2;
  push(apps[0], entry(Stage::interview, kT0 + kDayMs, RoundType::technical));
  apps[0].heard.push_back(Heard{1, 1, apps[0].stages[0].id, "SVD 설명해 보세요", "math.svd", kT0 + kDayMs});
  apps[0].heard.push_back(Heard{2, 1, apps[0].stages[0].id, "Tell me about your thesis", "", kT0 + kDayMs});
  push(apps[0], entry(Stage::interview, kT0 + 5 * kDayMs, RoundType::technical));   // scheduled
  push(apps[1], entry(Stage::interview, kT0 + 30 * kDayMs, RoundType::technical));  // beyond the horizon
  const std::int64_t now = kT0 + 2 * kDayMs;
  auto rs = reminders(now, apps, b.tracks, b.questions, ReminderOptions{7, 14});
  ASSERT_EQ(rs.size(), 1u);
  const Reminder& r = rs[0];
  EXPECT_EQ(r.kind, Reminder::Kind::upcoming);
  EXPECT_EQ(r.entry.round, 2);
  EXPECT_EQ(r.days, 3);
  EXPECT_EQ(r.practice.track_id, "ml-basics");  // the fixture's track covering ml and math, for mle
  // What the user heard at Naver and linked, then the bank's reports for Naver (seen_at, any
  // capitalisation) in technical rounds.
  EXPECT_EQ(r.practice.question_ids, (std::vector<std::string>{"math.svd", "ml.kl-divergence"}));
  EXPECT_EQ(r.practice.heard, (std::vector<std::string>{"Tell me about your thesis"}));
  auto capped = reminders(now, apps, b.tracks, b.questions, ReminderOptions{7, 14, 1});
  EXPECT_EQ(capped.at(0).practice.question_ids, (std::vector<std::string>{"math.svd"}));
  // A behavioural round is not about KL divergence: the bank's technical report is left out.
  Application beh = app("Naver");
  push(beh, entry(Stage::interview, kT0 + 5 * kDayMs, RoundType::behavioral));
  std::vector<Application> only{beh};
  EXPECT_TRUE(reminders(now, only, b.tracks, b.questions).at(0).practice.question_ids.empty());
  // A scheduled step is not a wait: nothing to reply to yet.
  for (const auto& x : reminders(now + 20 * kDayMs, apps, b.tracks, b.questions))
    EXPECT_TRUE(x.application_id != 2 || x.kind == Reminder::Kind::upcoming);
}

TEST(TrackerReminders, TrackChoiceAndRoleGuesses) {
  EXPECT_EQ(role_kind("AI Research Intern"), "research");
  EXPECT_EQ(role_kind("GenAI Solutions Architect"), "sa");
  EXPECT_EQ(role_kind("Data Scientist"), "ds");
  EXPECT_EQ(role_kind("ML Software Engineer"), "mlse");
  EXPECT_EQ(role_kind("머신러닝 엔지니어"), "mle");
  std::vector<Track> tracks(3);
  tracks[0].id = "mixed";
  tracks[0].roles = {"mle"};
  auto round_on = [](const char* area) {
    Round r;
    r.id = area;
    r.areas = {area};
    return r;
  };
  tracks[0].rounds = {round_on("cs"), round_on("behavioral")};
  tracks[1].id = "design-sa";
  tracks[1].roles = {"sa"};
  tracks[1].rounds = {round_on("sysdesign"), round_on("genai")};
  tracks[2].id = "empty";
  EXPECT_EQ(best_track(tracks, practice_areas(Stage::interview, RoundType::behavioral), "mle"), "mixed");
  EXPECT_EQ(best_track(tracks, practice_areas(Stage::interview, RoundType::sysdesign), "sa"), "design-sa");
  EXPECT_EQ(best_track(tracks, practice_areas(Stage::interview, RoundType::project), "mle"), "");
  EXPECT_TRUE(practice_areas(Stage::screening, RoundType::none).empty());
  EXPECT_TRUE(same_company("Naver Cloud", "naver-cloud"));
  EXPECT_TRUE(same_company("카카오", "카카오"));
  EXPECT_FALSE(same_company("", ""));
}

TEST(TrackerPropose, HeardQuestionsFindTheirBankQuestion) {
  bank::Bank b = fixture_bank();
  auto idx = bank::SearchIndex::build(b);
  ASSERT_TRUE(idx.has_value());
  struct Row {
    const char* heard;
    const char* first;
  };
  for (const Row& r :
       {Row{"Why is the KL divergence not a metric?", "ml.kl-divergence"},
        Row{"KL 발산은 왜 거리가 아닌가요", "ml.kl-divergence"},
        Row{"how does cross entropy relate to KL", "ml.cross-entropy"}, Row{"특이값 분해 설명", "math.svd"}}) {
    auto ps = propose(*idx, r.heard, 3);
    ASSERT_TRUE(ps.has_value()) << r.heard;
    ASSERT_FALSE(ps->empty()) << r.heard;
    EXPECT_EQ((*ps)[0].question->id, r.first) << r.heard;
    EXPECT_LE(ps->size(), 3u);
    for (std::size_t i = 1; i < ps->size(); ++i) EXPECT_GE((*ps)[i - 1].similarity, (*ps)[i].similarity);
  }
  auto likely = propose(*idx, "What is the KL divergence, and why is it not a distance metric?", 1);
  EXPECT_GE((*likely)[0].similarity, kLikelySimilarity);
  EXPECT_TRUE(propose(*idx, "zzzz qqqq", 3)->empty());
  EXPECT_DOUBLE_EQ(term_similarity("the KL divergence", "KL divergence"), 1.0);
  EXPECT_DOUBLE_EQ(term_similarity("", "KL"), 0.0);
}

TEST(TrackerPersonal, IdsAreSlugsOfTheQuestionAndUnique) {
  EXPECT_EQ(make_personal_id("ml", "Why does Adam need bias correction at all?", {}), "me.ml.why-does-adam-need-bias");
  EXPECT_EQ(make_personal_id("dl", "배치 정규화는 왜 쓰나요?", {}), "me.dl.heard");
  EXPECT_EQ(make_personal_id("dl", "배치 정규화", {"me.dl.heard", "me.dl.heard-2"}), "me.dl.heard-3");
  EXPECT_EQ(content_id("me.ml.adam"), "ml.adam");
  EXPECT_TRUE(is_personal_id("me.ml.adam"));
  EXPECT_FALSE(is_personal_id("ml.adam"));
  EXPECT_EQ(guess_lang("Adam 옵티마이저"), Lang::ko);
  EXPECT_EQ(guess_lang("Adam optimiser"), Lang::en);
}

TEST(TrackerPersonal, DraftsFollowTheContentRules) {
  PersonalDraft d{"배치 정규화는 왜 쓰나요?", "dl", 2, "mle", "Kakao", "technical", ""};
  auto q = new_personal(d, {});
  ASSERT_TRUE(q.has_value()) << q.error().message;
  EXPECT_EQ(q->id, "me.dl.heard");
  EXPECT_EQ(q->prompt.ko, "배치 정규화는 왜 쓰나요?");
  EXPECT_TRUE(q->prompt.en.empty());
  EXPECT_EQ(q->seen_at.at(0).company, "Kakao");
  EXPECT_EQ(q->seen_at.at(0).stage, "technical");
  EXPECT_FALSE(gradeable(*q));
  d.area = "astrology";
  EXPECT_FALSE(new_personal(d, {}).has_value());
  Question bad = *q;
  bad.id = "me.ml.heard";  // area dl
  EXPECT_FALSE(check_personal(bad).has_value());
  bad = *q;
  bad.keypoints.push_back(Keypoint{"x", 0, {"a", "b"}, {"t"}});
  EXPECT_NE(check_personal(bad).error().message.find("weight"), std::string::npos);
  bad = *q;
  bad.roles = {"chef"};
  EXPECT_FALSE(check_personal(bad).has_value());
}

TEST(TrackerPersonal, GradeableQuestionsJoinTheBankAndDrillsFindThem) {
  bank::Bank b = fixture_bank();
  const std::size_t before = b.questions.size();
  auto with_answer =
      new_personal({"What is the bias-variance trade-off?", "ml", 1, "", "Naver", "", "Bias is ..."}, {});
  auto without = new_personal({"Explain dropout", "ml", 2, "", "", "", ""}, {});
  ASSERT_TRUE(with_answer && without);
  std::vector<Question> mine{*with_answer, *without};
  EXPECT_EQ(merge_personal(b, mine), 1);
  EXPECT_EQ(b.questions.size(), before + 1);
  const Question* q = b.find("me.ml.what-is-the-bias-variance");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->prompt.ko, q->prompt.en);  // the missing language falls back to the other
  EXPECT_EQ(q->answer.ko, "Bias is ...");
  EXPECT_EQ(b.find("me.ml.explain-dropout"), nullptr);  // no model answer yet
  EXPECT_EQ(merge_personal(b, mine), 0);                // already there
  // A drill on the id, and on its area, can pick it.
  interview::PlanInput in;
  in.now_ms = kT0;
  auto plan = interview::plan_topics(b, {"me.ml.what-is-the-bias-variance"}, 1, 5, 0, in);
  ASSERT_TRUE(plan.has_value()) << plan.error().message;
  EXPECT_EQ(plan->rounds.at(0).roots.at(0), "me.ml.what-is-the-bias-variance");
  // Search finds it, so heard questions can be matched to it later.
  auto idx = bank::SearchIndex::build(b);
  auto ps = propose(*idx, "bias variance trade-off", 1);
  ASSERT_FALSE(ps->empty());
  EXPECT_EQ((*ps)[0].question->id, "me.ml.what-is-the-bias-variance");
}

TEST(TrackerCodec, ApplicationsRoundTripThroughTheExport) {
  Application a = app("Kakao \"Brain\"", "Research Intern");
  a.source = Source::referral;
  push(a, entry(Stage::screening, kT0 + 1));
  push(a, entry(Stage::interview, kT0 + 2, RoundType::sysdesign));
  a.notes.push_back(Note{0, kT0 + 3, "referred by a friend"});
  a.heard.push_back(Heard{0, 1, a.stages[1].id, "Design a feature store", "", kT0 + 2});
  a.heard.push_back(Heard{0, 1, 0, "Why us?", "behavioral.why-company", kT0 + 2});
  auto q =
      new_personal({"Design a feature store", "sysdesign", 3, "mle", "Kakao", "sysdesign", "Offline/online ..."}, {});
  ASSERT_TRUE(q.has_value());
  q->hints.push_back(Bilingual{"온라인/오프라인", "online/offline"});
  std::string text = export_json({{a}, {*q}}).dump(2);
  auto back = import_json(text, "x.json");
  ASSERT_TRUE(back.has_value()) << back.error().located();
  ASSERT_EQ(back->applications.size(), 1u);
  const Application& b = back->applications[0];
  EXPECT_EQ(b.company, a.company);
  EXPECT_EQ(b.source, Source::referral);
  ASSERT_EQ(b.stages.size(), 2u);
  EXPECT_EQ(b.stages[1].type, RoundType::sysdesign);
  EXPECT_EQ(b.stages[1].round, 1);
  ASSERT_EQ(b.heard.size(), 2u);
  EXPECT_EQ(b.heard[0].stage_id, b.stages[1].id);  // tied to the same round
  EXPECT_EQ(b.heard[1].stage_id, 0);
  EXPECT_EQ(b.heard[1].question_id, "behavioral.why-company");
  EXPECT_EQ(b.notes.at(0).text, "referred by a friend");
  ASSERT_EQ(back->personal.size(), 1u);
  EXPECT_EQ(question_to_json(back->personal[0]), question_to_json(*q));
}

TEST(TrackerCodec, ImportErrorsNameTheFileAndThePath) {
  struct Row {
    const char* json;
    const char* message;
  };
  for (
      const Row& r : {
          Row{R"({"version": 2})", "x.json: error: unsupported version"},
          Row{R"({"version": 1, "applications": [{"company": "A"}]})", "applications[0]: missing 'role'"},
          Row{R"({"version": 1, "applications": [{"company": "A", "role": "R", "stages": [{"stage": "offer"}]}]})",
              "applications[0].stages[0]: cannot go from applied to offer"},
          Row{R"({"version": 1, "applications": [{"company": "A", "role": "R", "stages": [{"stage": "nap"}]}]})",
              "applications[0].stages[0].stage: unknown stage 'nap'"},
          Row{R"({"version": 1, "applications": [{"company": "A", "role": "R", "heard": [{"text": "q", "round": 2}]}]})",
              "applications[0].heard[0].round: no interview round 2"},
          Row{R"({"version": 1, "personal_questions": [{"id": "ml.x", "area": "ml", "prompt": {"en": "q"}}]})",
              "personal_questions[0]: ml.x: a personal question id starts with 'me.'"},
          Row{"{\"version\": 1,", "x.json: error: not JSON"},
      }) {
    auto got = import_json(r.json, "x.json");
    ASSERT_FALSE(got.has_value()) << r.json;
    EXPECT_NE(got.error().located().find(r.message), std::string::npos) << got.error().located();
  }
}

TEST(TrackerExport, CsvQuotesAndYamlIsContentFormat) {
  Application a = app("Kakao, Inc.", "ML \"Platform\" Engineer");
  push(a, entry(Stage::interview, kT0 + kDayMs, RoundType::technical));
  a.notes.push_back(Note{0, kT0, "line one\nline two"});
  std::vector<Application> apps{a};
  std::string csv = export_csv(apps, [](std::int64_t ms) { return std::to_string(ms / kDayMs); });
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "id,company,role,source,applied,current,outcome,rounds,last_activity,heard,notes");
  EXPECT_NE(csv.find("1,\"Kakao, Inc.\",\"ML \"\"Platform\"\" Engineer\",posting,20138,interview,active,1,20139,0,"
                     "\"line one\nline two\"\r\n"),
            std::string::npos)
      << csv;

  // A finished personal question exports as a content file the bank loader accepts as is.
  auto q = new_personal(
      {"What is \"label smoothing\"?\nExplain.", "ml", 2, "mle", "Naver", "technical", "It mixes ..."}, {});
  ASSERT_TRUE(q.has_value());
  q->prompt.ko = "라벨 스무딩이란?";
  q->answer.ko = "정답 분포를 섞는 정규화입니다.";
  for (const char* id : {"what", "why", "how"})
    q->keypoints.push_back(Keypoint{id, 1.5, {"점 " + std::string(id), "point " + std::string(id)}, {id, "용어"}});
  q->hints.push_back(Bilingual{"과신", "overconfidence"});
  std::vector<Question> qs{*q};
  bank::Diagnostics diag;
  auto parsed = bank::parse_questions(bank::SourceFile{"questions/ml/mine.yaml", export_yaml(qs)}, "ml", diag);
  ASSERT_TRUE(diag.errors.empty()) << diag.errors[0].located() << "\n" << export_yaml(qs);
  ASSERT_EQ(parsed.size(), 1u);
  Question expect = *q;
  expect.id = "ml.what-is-label-smoothing-explain";
  parsed[0].where = {};
  EXPECT_EQ(question_to_json(parsed[0]), question_to_json(expect));
  EXPECT_NE(export_yaml({}).find("questions: []"), std::string::npos);
}

}  // namespace
}  // namespace kkori::tracker
