// The résumé reader: lines, dates, sections, titles, concepts, claims, projects, questions, files
// (text, Markdown, a PDF the test writes, damaged / encrypted / empty / oversized files).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "bank/files.hpp"
#include "resume/codec.hpp"
#include "resume/dates.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "resume/sections.hpp"
#include "server/api_resume.hpp"

namespace kkori::resume {
namespace {

const std::string kData = std::string(KKORI_TEST_DATA) + "/resume";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// tests/data/resume/content: project templates, a few technology questions, a small glossary.
const bank::Bank& fixture_bank() {
  static const bank::Bank b = [] {
    auto files = bank::read_content_dir(kData + "/content");
    EXPECT_TRUE(files.has_value());
    auto res = bank::load(*files);
    EXPECT_TRUE(res.errors.empty()) << (res.errors.empty() ? "" : res.errors[0].located());
    return std::move(res.bank);
  }();
  return b;
}

std::string_view at(std::string_view text, const Span& s) { return text.substr(s.begin, s.end - s.begin); }

// A one-page PDF with Helvetica text, written by hand: offsets in the xref table are computed.
std::string minimal_pdf(const std::vector<std::string>& lines) {
  std::string content = "BT /F1 11 Tf 14 TL 50 750 Td";
  for (const auto& l : lines) {
    std::string esc;
    for (char c : l) {
      if (c == '(' || c == ')' || c == '\\') esc += '\\';
      esc += c;
    }
    content += " (" + esc + ") Tj T*";
  }
  content += " ET";
  std::vector<std::string> objs = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream"};
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objs.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
  }
  std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
  for (auto o : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", o);
    out += buf;
  }
  out += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// ------------------------------------------------------------------ pieces

TEST(ResumeLines, KindsIndentsAndHeadings) {
  std::string t = "# Name\n\nTitle\n=====\n- bullet\n  * nested\n1. numbered\n**Bold title**\n---\nplain";
  auto lines = split_lines(t);
  ASSERT_EQ(lines.size(), 10u);
  EXPECT_EQ(lines[0].kind, LineKind::heading);
  EXPECT_EQ(lines[0].md_level, 1);
  EXPECT_EQ(content_of(t, lines[0]), "Name");
  EXPECT_EQ(lines[2].kind, LineKind::heading);  // underlined
  EXPECT_EQ(lines[3].kind, LineKind::blank);
  EXPECT_EQ(lines[4].kind, LineKind::bullet);
  EXPECT_EQ(content_of(t, lines[4]), "bullet");
  EXPECT_EQ(lines[5].indent, 2);
  EXPECT_EQ(lines[6].kind, LineKind::bullet);
  EXPECT_TRUE(lines[7].bold);
  EXPECT_EQ(content_of(t, lines[7]), "Bold title");
  EXPECT_EQ(lines[8].kind, LineKind::blank);  // a rule
  EXPECT_EQ(lines[9].kind, LineKind::text);
}

TEST(ResumeDates, RangesAndNotDates) {
  struct Row {
    std::string line;
    std::string want;  // the date text found, "" for none
  };
  for (const Row& r :
       {Row{"네이버 검색 (2021.03 – 현재)", "(2021.03 – 현재)"}, Row{"Acme | Mar 2020 - Present", "Mar 2020 - Present"},
        Row{"2018 - 2020", "2018 - 2020"}, Row{"2021년 3월 ~ 2022년 8월", "2021년 3월 ~ 2022년 8월"},
        Row{"[2022.03 ~ 2022.09]", "[2022.03 ~ 2022.09]"}, Row{"03/2021 to 12/2022", "03/2021 to 12/2022"},
        Row{"p95 latency 2.1초 → 0.6초", ""}, Row{"YOLOv8 mAP 0.62", ""}, Row{"사내 문서 12만 건", ""}}) {
    auto d = find_dates(r.line);
    EXPECT_EQ(d ? r.line.substr(d->begin, d->end - d->begin) : "", r.want) << r.line;
  }
  EXPECT_TRUE(is_date_only("2022.03 – 현재"));
  EXPECT_FALSE(is_date_only("Acme Vision (2020 - 2022)"));
}

TEST(ResumeSections, Kinds) {
  EXPECT_EQ(section_kind("## 경력"), SectionKind::none);  // the caller passes content, not the "#"s
  for (std::string_view s : {"경력", "EXPERIENCE", "Work Experience", "프로젝트 경험", "Projects:", "주요 프로젝트",
                             "경력사항", "Research Experience", "1. 프로젝트"})
    EXPECT_EQ(section_kind(s), SectionKind::projects) << s;
  for (std::string_view s : {"학력", "EDUCATION", "기술 스택", "Technical Skills", "Awards", "자격증", "Contact"})
    EXPECT_EQ(section_kind(s), SectionKind::other) << s;
  for (std::string_view s : {"검색 랭킹 모델 고도화", "Acme Vision, Machine Learning Engineer", "Korean RAG chatbot"})
    EXPECT_EQ(section_kind(s), SectionKind::none) << s;
}

TEST(ResumeTitles, CleanedOfMarkupDatesAndLabels) {
  struct Row {
    std::string line;
    std::string want;
  };
  for (const Row& r :
       {Row{"### 검색 질의 RAG 챗봇 구축 (2023.01 – 2023.12)", "검색 질의 RAG 챗봇 구축"},
        Row{"**Acme Vision** | Mar 2020 - Present", "Acme Vision"},
        Row{"[질의 분류 모델 경량화] 2021.06 ~ 2022.08", "질의 분류 모델 경량화"},
        Row{"프로젝트명: 추천 시스템 개선", "추천 시스템 개선"}, Row{"■ 리뷰 감성 분석 —", "리뷰 감성 분석"},
        Row{"2020.03 – 2022.02 Naver Search", "Naver Search"}}) {
    auto lines = split_lines(r.line);
    Span s = clean_title(r.line, lines[0]);
    EXPECT_EQ(at(r.line, s), r.want) << r.line;
  }
}

TEST(ResumeConcepts, WholeWordsCaseAndKoreanParticles) {
  const bank::Bank& b = fixture_bank();
  ConceptFinder finder(b.glossary);
  auto ids = [&](const std::string& t) {
    auto lines = split_lines(t);
    std::vector<std::string> out;
    for (const auto& h : finder.find(t, 0, t.size(), lines))
      out.push_back(b.glossary.concepts[h.concept_index].id + "=" + std::string(at(t, h.span)));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(ids("LoRA로 도메인 적응, QLoRA는 안 씀"), (V{"lora=LoRA", "qlora=QLoRA"}));
  EXPECT_EQ(ids("storage and drag, not rag"), V{});  // "RAG" keeps its case
  EXPECT_EQ(ids("RAG 챗봇과 FAISS 인덱스"), (V{"rag=RAG", "faiss=FAISS"}));
  EXPECT_EQ(ids("검색·생성 파이프라인 설계"), V{});         // 파이프 is not in 파이프라인
  EXPECT_EQ(ids("파이프를 연결"), (V{"pipeline=파이프"}));  // but takes particles
  EXPECT_EQ(ids("INT8 양자화와 지식 증류로"), (V{"quantization=양자화", "knowledge-distillation=지식 증류"}));
  EXPECT_EQ(ids("Served with Triton Inference Server and vLLM"),
            (V{"triton-inference-server=Triton Inference Server", "vllm=vLLM"}));
  EXPECT_EQ(ids("Ｌｏｒａ adapters: low-rank adaptation"), (V{"lora=Ｌｏｒａ", "lora=low-rank adaptation"}));  // NFKC
}

struct ClaimRow {
  std::string line;
  std::string quote;
  ClaimShape shape;
  ClaimTopic topic;
};

TEST(ResumeClaims, QuotesShapesAndTopics) {
  for (const ClaimRow& r : {
           ClaimRow{"- vLLM으로 서빙하여 p95 latency 2.1초 → 0.6초 단축", "p95 latency 2.1초 → 0.6초 단축",
                    ClaimShape::change, ClaimTopic::speed},
           ClaimRow{"- LoRA로 도메인 적응, 답변 정확도 +3.2%p", "답변 정확도 +3.2%p", ClaimShape::delta,
                    ClaimTopic::quality},
           ClaimRow{"- 경량화로 처리량 3배", "처리량 3배", ClaimShape::multiple, ClaimTopic::speed},
           ClaimRow{"- 검색 로그 10만 건으로 학습", "검색 로그 10만 건", ClaimShape::value, ClaimTopic::data},
           ClaimRow{"- GPU 비용 40% 절감", "GPU 비용 40% 절감", ClaimShape::delta, ClaimTopic::cost},
           ClaimRow{"- cut inference time from 45 ms to 12 ms per frame", "cut inference time from 45 ms to 12 ms",
                    ClaimShape::change, ClaimTopic::speed},
           ClaimRow{"- mAP 0.62 -> 0.81 on a held-out line", "mAP 0.62 -> 0.81", ClaimShape::change,
                    ClaimTopic::quality},
           ClaimRow{"- served at p95 1.8s", "served at p95 1.8s", ClaimShape::value, ClaimTopic::speed},
           ClaimRow{"- accuracy +3.2%p", "accuracy +3.2%p", ClaimShape::delta, ClaimTopic::quality},
           ClaimRow{"- 평균 응답 2.1초에서 0.6초로", "평균 응답 2.1초에서 0.6초", ClaimShape::change,
                    ClaimTopic::speed},
           ClaimRow{"- trained on 40k labelled images", "trained on 40k labelled images", ClaimShape::value,
                    ClaimTopic::data},
       }) {
    auto lines = split_lines(r.line);
    auto claims = find_claims(r.line, lines[0]);
    ASSERT_EQ(claims.size(), 1u) << r.line;
    EXPECT_EQ(at(r.line, claims[0].span), r.quote) << r.line;
    EXPECT_EQ(claims[0].shape, r.shape) << r.line;
    EXPECT_EQ(claims[0].topic, r.topic) << r.line;
  }
}

TEST(ResumeClaims, DatesVersionsYearsAndTeamsAreNotClaims) {
  for (std::string line :
       {"- 2021.03 – 2022.08 네이버", "- YOLOv8, GPT-4, Python 3.10, A100 8장", "- 2023년 출시", "- 5인 팀에서 리드",
        "- Led a team of 3 engineers", "- 7B 모델 fine-tuning", "- 모델 2개 비교"}) {
    auto lines = split_lines(line);
    auto claims = find_claims(line, lines[0]);
    EXPECT_TRUE(claims.empty()) << line << " -> " << (claims.empty() ? "" : std::string(at(line, claims[0].span)));
  }
}

TEST(ResumeFacts, TeamRoleAndData) {
  std::string line = "- 5인 팀에서 검색 파이프라인 설계를 주도, 사내 문서 12만 건을 정제";
  auto lines = split_lines(line);
  std::set<FactKind> kinds;
  for (const auto& f : find_facts(line, lines[0])) kinds.insert(f.kind);
  EXPECT_TRUE(kinds.contains(FactKind::team));
  EXPECT_TRUE(kinds.contains(FactKind::role));
  EXPECT_TRUE(kinds.contains(FactKind::data_work));
}

// ------------------------------------------------------------------ projects

std::vector<std::string> titles(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& p : find_projects(text, split_lines(text))) out.push_back(p.title);
  return out;
}

TEST(ResumeProjects, FoundInKoreanEnglishAndMixedResumes) {
  using V = std::vector<std::string>;
  EXPECT_EQ(titles(slurp(kData + "/ko.md")), (V{"검색 질의 RAG 챗봇 구축", "질의 분류 모델 경량화"}));
  EXPECT_EQ(titles(slurp(kData + "/en.txt")),
            (V{"Acme Vision, Machine Learning Engineer", "Search Startup, Data Scientist"}));
  EXPECT_EQ(titles(slurp(kData + "/mixed.md")), (V{"Korean review sentiment classifier", "LLM 요약 서비스"}));
}

TEST(ResumeProjects, ShapesWithoutMarkdown) {
  using V = std::vector<std::string>;
  // Bullet groups under a projects section: "Title: what it was".
  EXPECT_EQ(titles("PROJECTS\n- Korean RAG chatbot: LangChain + FAISS, 1만 questions a day\n"
                   "- Defect detector: YOLOv8, mAP 0.62 -> 0.81\n\nSKILLS\n- Python\n"),
            (V{"Korean RAG chatbot", "Defect detector"}));
  // A company line whose only child is a role line is one entry; Education is skipped.
  EXPECT_EQ(titles("경력\n\n카카오 (2019.01 ~ 2021.02)\n추천팀 ML 엔지니어\n- 추천 모델 CTR 12% 향상\n- 배포 자동화\n\n"
                   "학력\n\n서울대학교 (2014 ~ 2018)\n- 컴퓨터공학 전공 학사 졸업\n"),
            (V{"카카오"}));
  // Bullets with sub-bullets are projects of their company.
  auto text = std::string(
      "## Acme (2020 - 2023)\n- Search ranking\n  - LightGBM ranker, NDCG +4%\n  - 2M logs\n"
      "- Chatbot\n  - RAG over docs\n  - p95 1.2s\n");
  auto ps = find_projects(text, split_lines(text));
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0].title, "Search ranking");
  EXPECT_EQ(ps[0].context, "Acme");
  EXPECT_EQ(ps[1].title, "Chatbot");
  // No outline at all: the whole text is one project.
  EXPECT_EQ(titles("Built a RAG chatbot with FAISS and cut latency from 2s to 0.5s.\n").size(), 1u);
  EXPECT_TRUE(titles("\n\n").empty());
}

// ------------------------------------------------------------------ questions

Report make(const std::string& text) { return Maker(fixture_bank()).make(text); }

void expect_well_formed(const std::string& text, const Report& r) {
  const bank::Bank& b = fixture_bank();
  for (const auto& p : r.projects) {
    EXPECT_GE(p.questions.size(), kMinQuestions) << p.title;
    EXPECT_LE(p.questions.size(), kMaxQuestions) << p.title;
    std::set<std::string> ko, en, tech_ids;
    for (const auto& q : p.questions) {
      EXPECT_TRUE(ko.insert(q.text.ko).second) << "duplicate: " << q.text.ko;
      EXPECT_TRUE(en.insert(q.text.en).second) << "duplicate: " << q.text.en;
      EXPECT_FALSE(q.bank_id.empty()) << q.text.en;  // every question is gradeable
      EXPECT_NE(b.find(q.bank_id), nullptr) << q.bank_id;
      EXPECT_LE(q.source.end, text.size());
      EXPECT_LT(q.source.begin, q.source.end) << q.text.en;
      EXPECT_GE(q.source.begin, p.span.begin) << q.text.en;
      EXPECT_LE(q.source.end, p.span.end) << q.text.en;
      if (q.kind == QuestionKind::template_question) {
        EXPECT_TRUE(q.bank_id.starts_with("project.")) << q.bank_id;
      }
      if (q.kind == QuestionKind::technology) {
        EXPECT_TRUE(tech_ids.insert(q.bank_id).second) << q.bank_id;
      }
      if (q.kind == QuestionKind::claim) {
        // The claim is quoted, word for word, in both languages.
        std::string quoted = "“" + std::string(at(text, q.source)) + "”";
        EXPECT_NE(q.text.ko.find(quoted), std::string::npos) << q.text.ko;
        EXPECT_NE(q.text.en.find(quoted), std::string::npos) << q.text.en;
      }
    }
  }
}

// (bank id, the résumé words it came from) of the technology questions of project `i`.
std::set<std::pair<std::string, std::string>> tech(const std::string& text, const Report& r, std::size_t i) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& q : r.projects.at(i).questions)
    if (q.kind == QuestionKind::technology) out.insert({q.bank_id, std::string(at(text, q.source))});
  return out;
}

std::vector<std::string> claim_quotes(const std::string& text, const Report& r, std::size_t i) {
  std::vector<std::string> out;
  for (const auto& q : r.projects.at(i).questions)
    if (q.kind == QuestionKind::claim) out.emplace_back(at(text, q.source));
  return out;
}

TEST(ResumeQuestions, KoreanResume) {
  std::string text = slurp(kData + "/ko.md");
  Report r = make(text);
  ASSERT_EQ(r.projects.size(), 2u);
  EXPECT_TRUE(r.findings.korean);
  expect_well_formed(text, r);
  using S = std::set<std::pair<std::string, std::string>>;
  EXPECT_EQ(tech(text, r, 0), (S{{"genai.rag-pipeline", "RAG"},
                                 {"genai.vector-index", "FAISS"},
                                 {"mlops.vllm-paged-attention", "vLLM"},
                                 {"genai.lora", "LoRA"}}));
  EXPECT_EQ(tech(text, r, 1), (S{{"mlops.distillation-loss", "distillation"},
                                 {"mlops.triton-dynamic-batching", "Triton Inference Server"}}));
  using V = std::vector<std::string>;
  EXPECT_EQ(claim_quotes(text, r, 0), (V{"p95 latency 2.1초 → 0.6초 단축", "답변 정확도 +3.2%p"}));
  EXPECT_EQ(claim_quotes(text, r, 1), (V{"처리량 3배", "GPU 비용 40% 절감"}));
  // The latency claim is graded with the inference-optimisation template and asks for the bottleneck.
  for (const auto& q : r.projects[0].questions) {
    if (q.kind != QuestionKind::claim || q.text.en.find("latency") == std::string::npos) continue;
    EXPECT_EQ(q.bank_id, "project.inference-optimization");
    EXPECT_NE(q.text.en.find("bottleneck"), std::string::npos);
    EXPECT_NE(q.text.ko.find("병목"), std::string::npos);
  }
  // Team and role are asked with the words that state them.
  bool role = false;
  for (const auto& q : r.projects[0].questions)
    if (q.bank_id == "project.own-role")
      role = at(text, q.source) == "5인 팀에서 검색·생성 파이프라인 설계와 구현을 주도";
  EXPECT_TRUE(role);
}

TEST(ResumeQuestions, EnglishResume) {
  std::string text = slurp(kData + "/en.txt");
  Report r = make(text);
  ASSERT_EQ(r.projects.size(), 2u);
  EXPECT_FALSE(r.findings.korean);
  expect_well_formed(text, r);
  using S = std::set<std::pair<std::string, std::string>>;
  EXPECT_EQ(tech(text, r, 0), (S{{"cv.yolo-anchors", "YOLOv8"}, {"mlops.tensorrt-conversion", "TensorRT"}}));
  EXPECT_EQ(tech(text, r, 1), (S{{"mlops.fastapi-async", "FastAPI"}}));
  using V = std::vector<std::string>;
  EXPECT_EQ(claim_quotes(text, r, 0), (V{"mAP 0.62 -> 0.81", "cut inference time from 45 ms to 12 ms"}));
  EXPECT_EQ(claim_quotes(text, r, 1),
            (V{"improving NDCG@10 by 4.1%", "FastAPI service handling 1,200 QPS at p99 80 ms", "CTR +2.3%"}));
}

TEST(ResumeQuestions, MixedResume) {
  std::string text = slurp(kData + "/mixed.md");
  Report r = make(text);
  ASSERT_EQ(r.projects.size(), 2u);
  expect_well_formed(text, r);
  using V = std::vector<std::string>;
  EXPECT_EQ(claim_quotes(text, r, 0), (V{"macro-F1 0.78 → 0.86", "응답 시간 p95 120ms"}));
  EXPECT_EQ(claim_quotes(text, r, 1), (V{"점수 기준 baseline 대비 5.4%p 향상", "월 API 비용 200만원 절감"}));
  // FastAPI is asked about once in the résumé: in the second project there is nothing else left.
  std::size_t fastapi = 0;
  for (const auto& p : r.projects)
    for (const auto& q : p.questions) fastapi += q.bank_id == "mlops.fastapi-async" ? 1 : 0;
  EXPECT_EQ(fastapi, 1u);
}

TEST(ResumeQuestions, AProjectWithNothingToQuoteStillGetsTen) {
  std::string text = "## 사이드 프로젝트\n- 개인 블로그 추천 기능 구현\n";
  Report r = make(text);
  ASSERT_EQ(r.projects.size(), 1u);
  EXPECT_EQ(r.projects[0].questions.size(), kMinQuestions);
  expect_well_formed(text, r);
}

TEST(ResumeQuestions, ManyClaimsAndToolsStopAtFifteen) {
  std::string text =
      "## Everything project\n- LoRA, QLoRA, RAG, FAISS, vLLM, TensorRT, Triton, FastAPI, YOLO\n"
      "- latency 2.1s -> 0.6s\n- accuracy +3.2%p\n- throughput 3x\n- cost 40% lower\n- 1.2M users\n"
      "- F1 0.70 -> 0.80\n- p99 80 ms\n";
  Report r = make(text);
  ASSERT_EQ(r.projects.size(), 1u);
  EXPECT_EQ(r.projects[0].questions.size(), kMaxQuestions);
  expect_well_formed(text, r);
}

TEST(ResumeCodec, JsonShape) {
  std::string text = slurp(kData + "/en.txt");
  Json j = to_json(make(text), text, Lang::en);
  EXPECT_EQ(j["lang"], "en");
  ASSERT_EQ(j["projects"].size(), 2u);
  const Json& p = j["projects"][0];
  EXPECT_EQ(p["title"], "Acme Vision, Machine Learning Engineer");
  EXPECT_TRUE(p["span"].contains("start"));
  for (const auto& q : p["questions"]) {
    EXPECT_TRUE(q["kind"] == "template" || q["kind"] == "technology" || q["kind"] == "claim");
    EXPECT_EQ(q["source"]["text"].get<std::string>(),
              text.substr(q["source"]["start"].get<std::size_t>(),
                          q["source"]["end"].get<std::size_t>() - q["source"]["start"].get<std::size_t>()));
    EXPECT_TRUE(q.contains("bank_id"));
  }
}

// ------------------------------------------------------------------ files

TEST(ResumeRead, PdfWrittenByTheTest) {
  std::string pdf = minimal_pdf({"Jane Doe", "", "EXPERIENCE", "", "Acme Vision, ML Engineer (2020 - 2023)",
                                 "- Exported a YOLOv8 detector to TensorRT (inference from 45 ms to 12 ms)",
                                 "- LoRA fine-tuning of a RAG answerer, accuracy +3.2%p", "", "EDUCATION",
                                 "B.S. Computer Science (2016 - 2020)"});
  auto doc = read_resume(pdf, "cv.pdf");
  ASSERT_TRUE(doc.has_value()) << doc.error().located();
  EXPECT_EQ(doc->format, Format::pdf);
  EXPECT_NE(doc->text.find("Acme Vision"), std::string::npos);
  Report r = make(doc->text);
  ASSERT_EQ(r.projects.size(), 1u);
  EXPECT_EQ(r.projects[0].title, "Acme Vision, ML Engineer");
  expect_well_formed(doc->text, r);
  auto ids = tech(doc->text, r, 0);
  EXPECT_TRUE(ids.contains({"cv.yolo-anchors", "YOLOv8"}));
  EXPECT_TRUE(ids.contains({"genai.lora", "LoRA"}));
  EXPECT_EQ(claim_quotes(doc->text, r, 0),
            (std::vector<std::string>{"inference from 45 ms to 12 ms", "accuracy +3.2%p"}));
}

TEST(ResumeRead, BrokenEncryptedEmptyAndHugeFilesAreErrors) {
  struct Row {
    std::string bytes;
    std::string name;
    std::string message;  // part of the error message
  };
  std::string pdf = minimal_pdf({"Hello"});
  for (const Row& r : {
           Row{"", "empty.md", "the file is empty"},
           Row{"  \n\n\t\n", "blank.txt", "the résumé is empty"},
           Row{pdf.substr(0, 40), "cut.pdf", "damaged"},
           Row{minimal_pdf({}), "scan.pdf", "the PDF has no text layer"},
           Row{"%PDF-1.4\n" + std::string(2000, 'x'), "garbage.pdf", "damaged"},
           Row{"hello", "renamed.pdf", "no %PDF- header"},
           Row{slurp(kData + "/encrypted.pdf"), "encrypted.pdf", "encrypted"},
           Row{std::string("abc\xFF\xFE", 5), "cp949.txt", "not UTF-8"},
           Row{std::string("ab\0cd", 5), "binary.txt", "NUL bytes"},
           Row{std::string(20 * 1024 * 1024, 'a'), "huge.pdf", "20.0 MB"},
           Row{std::string(600 * 1024, 'a'), "long.txt", "at most 0.5 MB of text"},
       }) {
    auto doc = read_resume(r.bytes, r.name);
    ASSERT_FALSE(doc.has_value()) << r.name;
    EXPECT_NE(doc.error().message.find(r.message), std::string::npos) << r.name << ": " << doc.error().message;
    EXPECT_EQ(doc.error().where.file, r.name);
  }
}

TEST(ResumeRead, FilesOnDisk) {
  auto dir = std::filesystem::temp_directory_path() / "kkori-resume-test";
  std::filesystem::create_directories(dir);
  auto huge = (dir / "huge.pdf").string();
  {
    std::ofstream out(huge, std::ios::binary);
    out << "%PDF-1.4\n" << std::string(20 * 1024 * 1024, ' ');
  }
  auto doc = read_resume_file(huge);
  ASSERT_FALSE(doc.has_value());
  EXPECT_NE(doc.error().message.find("20.0 MB"), std::string::npos) << doc.error().message;
  EXPECT_EQ(read_resume_file((dir / "missing.md").string()).error().code, Errc::not_found);
  auto md = read_resume_file(kData + "/mixed.md");
  ASSERT_TRUE(md.has_value());
  EXPECT_EQ(md->format, Format::markdown);
  std::filesystem::remove_all(dir);
}

TEST(ResumeRead, TextIsTidied) {
  auto t = clean_text(
      "\xEF\xBB\xBF# A\r\nB\rC\fD\x01"
      "E",
      "x.md");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(*t, "# A\nB\nC\nD E");
}

// ------------------------------------------------------------------ HTTP

server::Response post(const std::string& body) {
  server::Router router(server::resume_routes(fixture_bank()));
  server::Request req;
  req.method = "POST";
  req.path = "/api/v1/resume/questions";
  req.body = body;
  return router.dispatch(req);
}

TEST(ResumeApi, QuestionsFromText) {
  std::string text = slurp(kData + "/mixed.md");
  auto res = post(Json{{"text", text}}.dump());
  ASSERT_EQ(res.status, 200) << res.body;
  Json j = Json::parse(res.body);
  EXPECT_EQ(j["lang"], "ko");
  EXPECT_EQ(j["text"], text);
  ASSERT_EQ(j["projects"].size(), 2u);
  EXPECT_EQ(j["projects"][0]["title"], "Korean review sentiment classifier");
  res = post(Json{{"text", text}, {"lang", "en"}}.dump());
  ASSERT_EQ(res.status, 200);
  EXPECT_EQ(Json::parse(res.body)["lang"], "en");
}

TEST(ResumeApi, BadRequests) {
  struct Row {
    std::string body;
    std::string detail;
  };
  for (const Row& r : {Row{"{}", "missing field 'text'"}, Row{R"({"text": "  "})", "the résumé is empty"},
                       Row{R"({"text": 3})", "must be a string"}, Row{R"({"text": "a", "lang": "fr"})", "'lang'"},
                       Row{"{", "malformed JSON"}}) {
    auto res = post(r.body);
    EXPECT_EQ(res.status, 400) << r.body;
    EXPECT_NE(res.body.find(r.detail), std::string::npos) << r.body << " -> " << res.body;
  }
}

}  // namespace
}  // namespace kkori::resume
