// The project round from a résumé (interview/resume_round.hpp): résumé questions become the round
// in kind order (claims, technology, templates), graded with their bank rubric, tail questions
// included; each bank question once per session; the round falls back to the bank's templates
// without a résumé; plans round-trip through JSON; the real résumé reader's questions on ko.md.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "app/resume_round.hpp"
#include "bank/files.hpp"
#include "fixtures.hpp"
#include "interview/codec.hpp"
#include "interview/planner.hpp"
#include "interview/report.hpp"
#include "interview/session.hpp"
#include "resume/maker.hpp"

namespace kkori::interview {
namespace {

using kkori::testing::FakeGrader;

const std::string kResumeData = std::string(KKORI_TEST_DATA) + "/resume";

// tests/data/resume/content (project templates, genai/mlops/cv questions), with one followup
// added so a tail question can fire below a résumé root.
bank::Bank round_bank() {
  auto files = bank::read_content_dir(kResumeData + "/content");
  EXPECT_TRUE(files.has_value());
  auto res = bank::load(*files);
  EXPECT_TRUE(res.errors.empty()) << (res.errors.empty() ? "" : res.errors[0].located());
  bank::Bank b = std::move(res.bank);
  for (auto& q : b.questions)
    if (q.id == "project.inference-optimization")
      q.followups.push_back(Followup{"mlops.triton-dynamic-batching", WhenMentions{{"batching"}}, {}});
  b.reindex();
  return b;
}

Round make_round(std::string id, std::vector<std::string> areas, int count, int minutes, int question_minutes) {
  Round r;
  r.id = std::move(id);
  r.name = Bilingual{r.id, r.id};
  r.areas = std::move(areas);
  r.count = count;
  r.minutes = minutes;
  r.question_minutes = question_minutes;
  r.max_depth = 1;
  return r;
}

Track project_track(int count = 5) {
  Track t;
  t.id = "project-then-genai";
  t.rounds = {make_round("project", {"project"}, count, count * 4, 4), make_round("genai", {"genai"}, 4, 40, 10)};
  return t;
}

ResumeItem item(ResumeKind kind, std::string bank_id, std::string ko, std::string project, std::string quote = "") {
  ResumeItem q;
  q.kind = kind;
  q.bank_id = std::move(bank_id);
  q.text = Bilingual{ko, "EN " + ko};
  q.project = std::move(project);
  q.source.text = quote.empty() ? q.project : quote;
  q.source.line = 3;
  q.source.end_line = 3;
  return q;
}

// Two projects, each with questions of every kind, in the résumé module's order (templates first).
ResumeQuestions two_projects() {
  ResumeQuestions r;
  r.id = 7;
  r.title = "cv.md";
  r.projects = {
      {"RAG",
       {item(ResumeKind::template_question, "project.purpose", "RAG 목적?", "RAG"),
        item(ResumeKind::technology, "genai.lora", "LoRA?", "RAG", "LoRA"),
        item(ResumeKind::claim, "project.inference-optimization", "“2.1초 → 0.6초” 어떻게?", "RAG", "2.1초 → 0.6초"),
        item(ResumeKind::claim, "project.baseline", "“+3.2%p” 기준은?", "RAG", "+3.2%p")}},
      {"경량화",
       {item(ResumeKind::template_question, "project.approach-overview", "경량화 접근?", "경량화"),
        item(ResumeKind::technology, "mlops.tensorrt-conversion", "TensorRT?", "경량화", "TensorRT"),
        item(ResumeKind::claim, "project.business-impact", "“비용 40% 절감” 어떻게?", "경량화", "비용 40% 절감")}},
  };
  return r;
}

std::vector<ResumeKind> kinds(const PlannedRound& r) {
  std::vector<ResumeKind> out;
  for (const auto& q : r.resume) out.push_back(q.kind);
  return out;
}

TEST(ProjectRound, ResumeQuestionsBecomeTheRoundClaimsThenTechnologyThenTemplates) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  Plan p = plan_track(b, project_track(5), in);
  ASSERT_EQ(p.rounds.size(), 2u);
  const PlannedRound& r = p.rounds[0];
  EXPECT_EQ(r.source, RootSource::resume);
  // Kinds taken in turn (claim, technology, template), each going round the projects, then
  // asked claims first: both projects' first claims, both technologies, one template.
  EXPECT_EQ(r.roots, (std::vector<std::string>{"project.inference-optimization", "project.business-impact",
                                               "genai.lora", "mlops.tensorrt-conversion", "project.purpose"}));
  EXPECT_EQ(kinds(r), (std::vector<ResumeKind>{ResumeKind::claim, ResumeKind::claim, ResumeKind::technology,
                                               ResumeKind::technology, ResumeKind::template_question}));
  ASSERT_EQ(r.resume.size(), r.roots.size());
  for (std::size_t i = 0; i < r.roots.size(); ++i) EXPECT_EQ(r.resume[i].bank_id, r.roots[i]);
  EXPECT_EQ(p.resume_id, 7);
  EXPECT_EQ(p.resume_title, "cv.md");
  EXPECT_EQ(p.rounds[1].source, RootSource::bank);
  EXPECT_TRUE(p.rounds[1].resume.empty());
}

TEST(ProjectRound, FewerRootsWhenTheRoundsTimeHoldsFewer) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  Track t = project_track(5);
  t.rounds[0].minutes = 9;  // 4 minutes a question: two fit
  Plan p = plan_track(b, t, in);
  EXPECT_EQ(p.rounds[0].roots, (std::vector<std::string>{"project.inference-optimization", "genai.lora"}));
  EXPECT_EQ(resume_round_size(t.rounds[0]), 2);
  t.rounds[0].question_minutes = 0;  // minutes / count: the count holds
  EXPECT_EQ(resume_round_size(t.rounds[0]), 5);
}

TEST(ProjectRound, EachBankQuestionOnceAndLaterRoundsDoNotRepeatThem) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  // A third project whose claim is graded by the same rubric as the first project's.
  in.resume->projects.push_back(
      {"검색", {item(ResumeKind::claim, "project.inference-optimization", "“p95 1.8s” 어떻게?", "검색")}});
  Plan p = plan_track(b, project_track(6), in);
  const auto& roots = p.rounds[0].roots;
  EXPECT_EQ(std::count(roots.begin(), roots.end(), "project.inference-optimization"), 1);
  std::vector<std::string> all = roots;
  all.insert(all.end(), p.rounds[1].roots.begin(), p.rounds[1].roots.end());
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end()) << "a question twice in the session";
  // The genai round has four questions, one of them (genai.lora) already asked about the résumé.
  EXPECT_EQ(p.rounds[1].roots.size(), 3u);
}

TEST(ProjectRound, WithoutAResumeTheRoundFallsBackToTheBankTemplates) {
  bank::Bank b = round_bank();
  PlanInput in;
  Plan p = plan_track(b, project_track(3), in);
  ASSERT_EQ(p.rounds.size(), 2u);
  EXPECT_EQ(p.rounds[0].source, RootSource::no_resume);
  EXPECT_TRUE(p.rounds[0].resume.empty());
  ASSERT_EQ(p.rounds[0].roots.size(), 3u);
  for (const auto& id : p.rounds[0].roots) EXPECT_EQ(b.find(id)->area, "project") << id;
  EXPECT_EQ(p.resume_id, 0);
  EXPECT_EQ(p.rounds[1].source, RootSource::bank);

  // A résumé none of whose questions the bank can grade falls back the same way.
  ResumeQuestions unusable;
  unusable.projects = {{"X",
                        {item(ResumeKind::claim, "project.not-in-this-bank", "?", "X"),
                         item(ResumeKind::technology, "", "no rubric?", "X")}}};
  in.resume = unusable;
  Plan q = plan_track(b, project_track(3), in);
  EXPECT_EQ(q.rounds[0].source, RootSource::no_resume);
  EXPECT_EQ(q.rounds[0].roots.size(), 3u);
}

TEST(ProjectRound, TheGeneratedPromptIsAskedAndGradedWithTheRubricAndItsTails) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  Plan plan = plan_track(b, project_track(2), in);
  FakeGrader g;
  Interview iv(b, g, plan, 0);
  const Question* rubric = b.find("project.inference-optimization");
  ASSERT_NE(rubric, nullptr);
  ASSERT_NE(iv.resume_item(), nullptr);
  EXPECT_EQ(iv.resume_item()->source.text, "2.1초 → 0.6초");
  EXPECT_EQ(iv.current().id, "project.inference-optimization");
  EXPECT_EQ(iv.current().prompt.ko, "“2.1초 → 0.6초” 어떻게?");
  EXPECT_EQ(iv.current().prompt.en, "EN “2.1초 → 0.6초” 어떻게?");
  ASSERT_EQ(iv.current().keypoints.size(), rubric->keypoints.size());
  for (std::size_t i = 0; i < rubric->keypoints.size(); ++i)
    EXPECT_EQ(iv.current().keypoints[i].id, rubric->keypoints[i].id);
  EXPECT_EQ(iv.current().answer.en, rubric->answer.en);
  EXPECT_EQ(iv.current().hints.size(), rubric->hints.size());

  // A good answer that mentions batching pulls the rubric's tail question.
  auto fb = iv.answer("GOOD: profiled first, then dynamic batching", 60'000);
  ASSERT_TRUE(std::holds_alternative<AskTail>(fb.next));
  EXPECT_EQ(iv.current().id, "mlops.triton-dynamic-batching");
  EXPECT_EQ(iv.resume_item(), nullptr);  // a tail is the bank's question
  EXPECT_EQ(fb.turn->question_id, "project.inference-optimization");
  EXPECT_EQ(fb.turn->grade.keypoints.size(), rubric->keypoints.size());

  iv.answer("GOOD", 120'000);  // the tail; depth limit 1 ends the chain
  ASSERT_NE(iv.resume_item(), nullptr);
  EXPECT_EQ(iv.current().id, "genai.lora");
  EXPECT_EQ(iv.current().prompt.ko, "LoRA?");

  // The turn's JSON has the generated prompt and the résumé source; the tail's has neither.
  Json root = turn_to_json(iv.turns()[0], b, Lang::ko, false, &iv.plan());
  EXPECT_EQ(root["prompt"], "“2.1초 → 0.6초” 어떻게?");
  EXPECT_EQ(root["resume"]["kind"], "claim");
  EXPECT_EQ(root["resume"]["source"]["text"], "2.1초 → 0.6초");
  Json tail = turn_to_json(iv.turns()[1], b, Lang::ko, false, &iv.plan());
  EXPECT_FALSE(tail.contains("resume"));
  EXPECT_EQ(tail["prompt"], b.find("mlops.triton-dynamic-batching")->prompt.ko);

  // The report shows the résumé words each topic came from.
  Report rep = make_report(b, iv.plan(), iv.turns(), iv.chain_ends());
  ASSERT_FALSE(rep.topics.empty());
  ASSERT_TRUE(rep.topics[0].resume.has_value());
  EXPECT_EQ(rep.topics[0].resume->source.text, "2.1초 → 0.6초");
  EXPECT_EQ(rep.topics[0].asked, 2);
  Json rj = report_to_json(rep);
  EXPECT_EQ(rj["topics"][0]["resume"]["project"], "RAG");
}

TEST(ProjectRound, TheAskedQuestionOutlivesTheAnswerThatMovesToTheNextResumeRoot) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  FakeGrader g;
  Interview iv(b, g, plan_track(b, project_track(3), in), 0);
  const Question& asked = iv.current();  // front ends read it after answer() (attempt, feedback)
  auto fb = iv.answer("GOOD, nothing that pulls a tail", 60'000);
  ASSERT_TRUE(std::holds_alternative<NextRoot>(fb.next));
  EXPECT_EQ(iv.current().prompt.ko, "LoRA?");
  EXPECT_EQ(asked.id, "project.inference-optimization");
  EXPECT_EQ(asked.prompt.ko, "“2.1초 → 0.6초” 어떻게?");
}

TEST(ProjectRound, PlanJsonKeepsTheResumeQuestionsSoASessionResumes) {
  bank::Bank b = round_bank();
  PlanInput in;
  in.resume = two_projects();
  Plan plan = plan_track(b, project_track(3), in);
  Json j = plan_to_json(plan);
  EXPECT_EQ(j["rounds"][0]["source"], "resume");
  EXPECT_EQ(j["resume"]["id"], 7);
  auto back = plan_from_json(Json::parse(j.dump()), b);
  ASSERT_TRUE(back.has_value()) << back.error().message;
  ASSERT_EQ(back->rounds[0].resume.size(), plan.rounds[0].resume.size());
  for (std::size_t i = 0; i < plan.rounds[0].resume.size(); ++i) {
    EXPECT_EQ(back->rounds[0].resume[i].text.ko, plan.rounds[0].resume[i].text.ko);
    EXPECT_EQ(back->rounds[0].resume[i].kind, plan.rounds[0].resume[i].kind);
    EXPECT_EQ(back->rounds[0].resume[i].source.text, plan.rounds[0].resume[i].source.text);
  }
  EXPECT_EQ(back->rounds[0].source, RootSource::resume);
  EXPECT_EQ(back->rounds[1].source, RootSource::bank);
  EXPECT_EQ(back->resume_title, "cv.md");
  FakeGrader g;
  Interview iv(b, g, *back, 0);
  EXPECT_EQ(iv.current().prompt.ko, "“2.1초 → 0.6초” 어떻게?");

  // A fallback round says so in the JSON too.
  Plan none = plan_track(b, project_track(3), PlanInput{});
  auto none_back = plan_from_json(plan_to_json(none), b);
  ASSERT_TRUE(none_back.has_value());
  EXPECT_EQ(none_back->rounds[0].source, RootSource::no_resume);

  // Résumé questions that do not match the roots are a damaged plan, not a crash.
  j["rounds"][0]["resume"].erase(0);
  EXPECT_FALSE(plan_from_json(j, b).has_value());
}

TEST(ProjectRound, StoredFormRoundTrips) {
  ResumeQuestions r = two_projects();
  auto back = resume_questions_from_json(Json::parse(resume_questions_to_json(r).dump()));
  ASSERT_TRUE(back.has_value()) << back.error().message;
  ASSERT_EQ(back->projects.size(), 2u);
  EXPECT_EQ(back->projects[1].title, "경량화");
  ASSERT_EQ(back->projects[1].questions.size(), 3u);
  EXPECT_EQ(back->projects[1].questions[2].kind, ResumeKind::claim);
  EXPECT_EQ(back->projects[1].questions[2].source.text, "비용 40% 절감");
  EXPECT_FALSE(resume_questions_from_json(Json::parse(R"({"projects": 3})")).has_value());
  EXPECT_FALSE(resume_questions_from_json(
                   Json::parse(R"({"projects": [{"title": "x", "questions": [{"text": {}, "kind": "essay"}]}]})"))
                   .has_value());
}

TEST(ProjectRound, FirstResumeTrackIsTheFirstWithAProjectRound) {
  bank::Bank b = round_bank();
  EXPECT_EQ(first_resume_track(b), nullptr);
  Track plain;
  plain.id = "plain";
  plain.rounds = {make_round("genai", {"genai"}, 2, 20, 0)};
  b.tracks = {plain, project_track()};
  ASSERT_NE(first_resume_track(b), nullptr);
  EXPECT_EQ(first_resume_track(b)->id, "project-then-genai");
  EXPECT_TRUE(is_resume_round(make_round("mixed", {"behavioral", "project"}, 2, 20, 0)));
  EXPECT_FALSE(is_resume_round(plain.rounds[0]));
}

// The résumé reader on tests/data/resume/ko.md, through the front ends' conversion.
TEST(ProjectRound, RealResumeQuestionsOpenWithAClaimQuotingTheResume) {
  bank::Bank b = round_bank();
  std::ifstream f(kResumeData + "/ko.md", std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  resume::Maker maker(b);
  PlanInput in;
  in.resume = app::round_questions(maker.make(text), text);
  Plan p = plan_track(b, project_track(5), in);
  const PlannedRound& r = p.rounds[0];
  ASSERT_EQ(r.source, RootSource::resume);
  ASSERT_EQ(r.roots.size(), 5u);
  EXPECT_EQ(r.resume[0].kind, ResumeKind::claim);
  EXPECT_TRUE(std::is_sorted(r.resume.begin(), r.resume.end(),
                             [](const ResumeItem& a, const ResumeItem& c) { return a.kind < c.kind; }));
  for (const auto& q : r.resume) {
    EXPECT_NE(b.find(q.bank_id), nullptr) << q.bank_id;
    EXPECT_EQ(text.substr(q.source.begin, q.source.end - q.source.begin), q.source.text);
    if (q.kind == ResumeKind::claim) {
      EXPECT_NE(q.text.ko.find(q.source.text), std::string::npos) << q.text.ko;
    }
  }
  // Both projects of the résumé are asked about.
  std::set<std::string> projects;
  for (const auto& q : r.resume) projects.insert(q.project);
  EXPECT_EQ(projects.size(), 2u);
}

TEST(ProjectRound, DefaultTitleIsTheFirstLineWithText) {
  EXPECT_EQ(app::default_title("\n\n# 김꼬리\n- 이메일"), "김꼬리");
  EXPECT_EQ(app::default_title("**Jane Doe** \nML"), "Jane Doe");
  EXPECT_EQ(app::default_title("   \n"), "résumé");
  std::string long_ko;
  for (int i = 0; i < 40; ++i) long_ko += "가";  // 120 bytes
  std::string t = app::default_title(long_ko);
  EXPECT_LE(t.size(), 80u);
  EXPECT_EQ(t.size() % 3, 0u);  // cut between characters
}

}  // namespace
}  // namespace kkori::interview
