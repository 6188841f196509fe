#include "resume/questions.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <set>

namespace kkori::resume {

namespace {

struct Template {
  std::string_view key;
  std::string_view bank_id;
};

// The common templates, in the order an interviewer walks through a project.
constexpr std::array<Template, 9> kCore = {{
    {"purpose", "project.purpose"},
    {"approach", "project.approach-overview"},
    {"why-this-algorithm", "project.why-this-algorithm"},
    {"data", "project.data"},
    {"data-rebuild", "project.data-cleaning"},
    {"metric-choice", "project.metric-choice"},
    {"team-and-role", "project.own-role"},
    {"hardest-part", "project.hardest-part"},
    {"improvements", "project.improvements"},
}};
// Asked when a project needs more questions to reach the minimum, the ones its text calls for first.
constexpr std::array<Template, 7> kExtra = {{
    {"inference-optimization", "project.inference-optimization"},
    {"deployment", "project.deployment"},
    {"baseline", "project.baseline"},
    {"business-impact", "project.business-impact"},
    {"what-failed", "project.what-failed"},
    {"reproducibility", "project.reproducibility"},
    {"data-ethics-bias", "project.data-ethics-bias"},
}};

constexpr std::size_t kMaxClaims = 4;
constexpr std::size_t kMaxTechnology = 4;
constexpr std::size_t kMaxSpecific = kMaxQuestions - kCore.size();  // claims + technology
// A concept named by this many bank questions is a general word (GPU, LLM, 분류), not a tool or method.
constexpr std::size_t kGeneralNaming = 10;

struct ClaimText {
  const char* ko;
  const char* en;
};

// {q} is replaced by the quoted claim.
ClaimText claim_text(ClaimTopic t, ClaimShape s) {
  const bool moved = s != ClaimShape::value;
  switch (t) {
    case ClaimTopic::speed:
      if (s == ClaimShape::change)
        return {"“{q}”라고 쓰셨는데, 어떻게 측정했고 병목은 무엇이었나요?",
                "You wrote “{q}”: how was it measured, and what was the bottleneck?"};
      if (moved)
        return {"“{q}”라고 쓰셨는데, 무엇과 비교해 빨라진 것이고 어떻게 측정했으며, 어떤 변경이 차이를 만들었나요?",
                "You wrote “{q}”: faster than what, measured how, and which change made the difference?"};
      return {"“{q}”라고 쓰셨는데, 어떤 부하와 하드웨어에서 측정한 값이고 그 시간은 대부분 어디에 쓰이나요?",
              "You wrote “{q}”: under what load and on what hardware was that measured, and where does most of "
              "that time go?"};
    case ClaimTopic::quality:
      if (moved)
        return {
            "“{q}”라고 쓰셨는데, 비교 기준은 무엇이었고 어떤 평가 세트에서 몇 번 측정했으며, 그 차이는 "
            "유의미한가요?",
            "You wrote “{q}”: what was the baseline, on which evaluation set and over how many runs, and is "
            "the difference significant?"};
      return {"“{q}”라고 쓰셨는데, 어떤 평가 세트에서 측정했고 왜 그 지표를 썼으며, 단순한 baseline은 몇 점이었나요?",
              "You wrote “{q}”: on what evaluation set, why that metric, and what does a simple baseline score?"};
    case ClaimTopic::data:
      return {
          "“{q}”라고 쓰셨는데, 이 데이터는 어디서 왔고 라벨링과 정제는 어떻게 했으며, 실제로 쓸 수 있었던 양은 "
          "얼마였나요?",
          "You wrote “{q}”: where did this data come from, how was it labelled and cleaned, and how much of it "
          "was usable?"};
    case ClaimTopic::scale:
      return {
          "“{q}”라고 쓰셨는데, 그 규모를 시스템이 어떻게 감당했고, 커지면서 가장 먼저 문제가 된 것은 "
          "무엇이었나요?",
          "You wrote “{q}”: how did the system handle that scale, and what broke or slowed down first as it "
          "grew?"};
    case ClaimTopic::cost:
      return {
          "“{q}”라고 쓰셨는데, 어떻게 측정했고, 그 효과가 다른 변화가 아니라 이 작업 덕분이라는 것은 어떻게 "
          "확인했나요?",
          "You wrote “{q}”: how did you measure it, and how do you know it came from your work rather than "
          "other changes?"};
    case ClaimTopic::other:
      break;
  }
  if (moved)
    return {"“{q}”라고 쓰셨는데, 무엇과 비교한 수치이고 어떻게 측정했으며, 무엇이 차이를 만들었나요?",
            "You wrote “{q}”: compared with what, how was it measured, and what made the difference?"};
  return {"“{q}”라고 쓰셨는데, 그 수치는 어떻게 측정했고 프로젝트에서 어떤 의미가 있나요?",
          "You wrote “{q}”: how was that number measured, and what does it mean for the project?"};
}

std::string_view claim_bank_id(ClaimTopic t, ClaimShape s) {
  switch (t) {
    case ClaimTopic::speed:
      return "project.inference-optimization";
    case ClaimTopic::quality:
      return s == ClaimShape::value ? "project.metric-choice" : "project.baseline";
    case ClaimTopic::data:
      return "project.data";
    case ClaimTopic::scale:
      return "project.deployment";
    case ClaimTopic::cost:
    case ClaimTopic::other:
      break;
  }
  return "project.business-impact";
}

std::string replace_q(std::string_view pattern, std::string_view q) {
  std::string out(pattern);
  auto p = out.find("{q}");
  if (p != std::string::npos) out.replace(p, 3, q);
  return out;
}

// At most `cols` code points, with "…" when cut.
std::string shorten(std::string_view s, std::size_t cols) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n++ == cols) return std::string(s.substr(0, i)) + "…";
  }
  return std::string(s);
}

int shape_rank(ClaimShape s) {
  switch (s) {
    case ClaimShape::change:
      return 0;
    case ClaimShape::delta:
      return 1;
    case ClaimShape::multiple:
      return 2;
    case ClaimShape::value:
      return 3;
  }
  return 3;
}

class ProjectBuilder {
 public:
  ProjectBuilder(std::string_view text, const ProjectFindings& p, const Glossary& g, const BankLinker& linker,
                 std::set<std::string>& used_technology)
      : text_(text), p_(p), glossary_(g), linker_(linker), used_technology_(used_technology) {}

  ProjectQuestions build() {
    ProjectQuestions out;
    out.title = p_.block.title;
    out.context = p_.block.context;
    out.span = p_.block.span;
    out.title_span = p_.block.title_span;
    title_ = shorten(p_.block.title, 40);

    auto tech = pick_technology();
    auto claims = pick_claims();
    std::size_t nt = std::min(tech.size(), kMaxTechnology), nc = std::min(claims.size(), kMaxClaims);
    while (nt + nc > kMaxSpecific) (nc >= nt ? nc : nt)--;
    tech.resize(nt);
    claims.resize(nc);
    for (const auto& q : tech) used_technology_.insert(q.bank_id);
    std::sort(tech.begin(), tech.end(), [](const auto& a, const auto& b) { return a.source.begin < b.source.begin; });
    std::sort(claims.begin(), claims.end(),
              [](const auto& a, const auto& b) { return a.source.begin < b.source.begin; });

    std::vector<ResumeQuestion> core;
    for (const auto& t : kCore)
      if (auto q = template_question(t)) core.push_back(*q);
    auto core_at = [&](std::string_view key) -> std::optional<ResumeQuestion> {
      for (const auto& q : core)
        if (q.key == key) return q;
      return std::nullopt;
    };
    auto& qs = out.questions;
    auto add = [&](const std::optional<ResumeQuestion>& q) {
      if (!q) return;
      for (const auto& x : qs)
        if (x.text.en == q->text.en || x.text.ko == q->text.ko) return;
      if (q->kind == QuestionKind::technology)
        for (const auto& x : qs)
          if (x.kind == QuestionKind::technology && x.bank_id == q->bank_id) return;
      qs.push_back(*q);
    };
    add(core_at("purpose"));
    add(core_at("approach"));
    add(core_at("why-this-algorithm"));
    for (const auto& q : tech) add(q);
    add(core_at("data"));
    add(core_at("data-rebuild"));
    for (const auto& q : claims) add(q);
    add(core_at("metric-choice"));
    add(core_at("team-and-role"));
    add(core_at("hardest-part"));
    add(core_at("improvements"));
    for (const auto& t : extras_wanted()) {
      if (qs.size() >= kMinQuestions) break;
      add(template_question(t));
    }
    if (qs.size() > kMaxQuestions) qs.resize(kMaxQuestions);
    return out;
  }

 private:
  std::string_view quote(const Span& s) const { return text_.substr(s.begin, s.end - s.begin); }

  const Fact* fact(FactKind k) const {
    for (const auto& f : p_.facts)
      if (f.kind == k) return &f;
    return nullptr;
  }
  bool inside_claim(const Span& s) const {
    for (const auto& c : p_.claims)
      if (s.begin >= c.span.begin && s.end <= c.span.end) return true;
    return false;
  }
  const Claim* claim(ClaimTopic t) const {
    for (const auto& c : p_.claims)
      if (c.topic == t) return &c;
    return nullptr;
  }

  // The template as a question about this project: quoting the words it asks about when it has
  // them, else naming the project.
  std::optional<ResumeQuestion> template_question(const Template& t) const {
    const Question* bq = linker_.bank().find(t.bank_id);
    if (bq == nullptr) return std::nullopt;
    ResumeQuestion q;
    q.kind = QuestionKind::template_question;
    q.bank_id = bq->id;
    q.key = std::string(t.key);
    q.source = p_.block.title_span;
    const Fact* quoted = nullptr;
    if (t.key == "approach" || t.key == "hardest-part" || t.key == "improvements" || t.key == "what-failed" ||
        t.key == "reproducibility") {
      q.source = p_.block.span;
    } else if (t.key == "why-this-algorithm") {
      // The first tool or method named in the body.
      for (const auto& h : p_.concepts)
        if (h.span.line != p_.block.title_span.line) {
          q.source = h.span;
          break;
        }
    } else if (t.key == "data") {
      if (const Claim* c = claim(ClaimTopic::data)) {
        q.source = c->span;
        q.text.ko = "“" + std::string(quote(q.source)) + "”라고 쓰셨는데, " + bq->prompt.ko;
        q.text.en = "You wrote “" + std::string(quote(q.source)) + "”. " + bq->prompt.en;
        return q;
      }
      quoted = fact(FactKind::data);
    } else if (t.key == "data-rebuild") {
      quoted = fact(FactKind::data_work);
      if (quoted == nullptr) quoted = fact(FactKind::data);
    } else if (t.key == "team-and-role") {
      const Fact* team = fact(FactKind::team);
      const Fact* role = fact(FactKind::role);
      quoted = team != nullptr ? team : role;
      if (team != nullptr && role != nullptr && team->span.line == role->span.line) {
        q.source = Span{std::min(team->span.begin, role->span.begin), std::max(team->span.end, role->span.end),
                        team->span.line, team->span.line};
        quoted = nullptr;
        q.text.ko = "“" + std::string(quote(q.source)) + "”라고 쓰셨는데, " + bq->prompt.ko;
        q.text.en = "You wrote “" + std::string(quote(q.source)) + "”. " + bq->prompt.en;
        return q;
      }
    } else if (t.key == "metric-choice" || t.key == "baseline") {
      if (const Claim* c = claim(ClaimTopic::quality)) q.source = c->span;
    } else if (t.key == "inference-optimization") {
      if (const Claim* c = claim(ClaimTopic::speed))
        q.source = c->span;
      else if (const Fact* f = fact(FactKind::speed_work))
        q.source = f->span;
    } else if (t.key == "deployment") {
      if (const Fact* f = fact(FactKind::serving)) q.source = f->span;
    } else if (t.key == "business-impact") {
      if (const Claim* c = claim(ClaimTopic::cost))
        q.source = c->span;
      else if (const Claim* c2 = claim(ClaimTopic::scale))
        q.source = c2->span;
    }
    if (quoted != nullptr) {
      q.source = quoted->span;
      q.text.ko = "“" + std::string(quote(q.source)) + "”라고 쓰셨는데, " + bq->prompt.ko;
      q.text.en = "You wrote “" + std::string(quote(q.source)) + "”. " + bq->prompt.en;
    } else {
      q.text.ko = "[" + title_ + "] " + bq->prompt.ko;
      q.text.en = "[" + title_ + "] " + bq->prompt.en;
    }
    return q;
  }

  std::vector<ResumeQuestion> pick_technology() {
    struct Cand {
      ResumeQuestion q;
      int tier = 0;
      int score = 0;
    };
    std::vector<Cand> cands;
    std::set<std::size_t> seen_concepts;
    std::set<std::string> taken;
    for (const auto& hit : p_.concepts) {
      if (!seen_concepts.insert(hit.concept_index).second) continue;
      const Concept& c = glossary_.concepts[hit.concept_index];
      Links links = linker_.links(c);
      if (links.naming >= kGeneralNaming) continue;  // a general word (GPU, LLM, 분류), not a tool or method
      for (const Link& l : links.best) {
        if (l.score < 3) break;  // only tags or keypoint terms name it: the question is not about it
        if (used_technology_.contains(l.question->id) || taken.contains(l.question->id)) continue;
        ResumeQuestion q;
        q.kind = QuestionKind::technology;
        q.source = hit.span;
        q.bank_id = l.question->id;
        q.concept_id = c.id;
        q.key = c.id;
        std::string surface(quote(hit.span));
        q.text.ko = surface + " 경험을 적으셨는데, " + l.question->prompt.ko;
        q.text.en = "You mention " + surface + ". " + l.question->prompt.en;
        taken.insert(l.question->id);
        // Tier 0: a question about this tool or method; 1: one that only names it, or a concept named
        // inside a claim (asked about there already).
        const int tier = l.score >= 4 && !inside_claim(hit.span) ? 0 : 1;
        cands.push_back(Cand{std::move(q), tier, l.score});
        break;
      }
    }
    // Specific tools and methods (LoRA, FAISS, Triton) before general words (분류, GPU, 서빙).
    std::stable_sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) {
      if (a.tier != b.tier) return a.tier < b.tier;
      return a.score > b.score;
    });
    // Tier 1 only when the project names few tools, and then one whose id names the concept.
    std::vector<ResumeQuestion> out;
    std::size_t specific = 0, in_claims = 0;
    for (auto& c : cands) {
      if (out.size() == kMaxTechnology) break;
      if (c.tier == 0)
        ++specific;
      else if (specific >= 2 || c.score < 5 || in_claims++ >= 1)
        continue;
      out.push_back(std::move(c.q));
    }
    return out;
  }

  std::vector<ResumeQuestion> pick_claims() const {
    std::vector<const Claim*> order;
    order.reserve(p_.claims.size());
    for (const auto& c : p_.claims) order.push_back(&c);
    std::stable_sort(order.begin(), order.end(),
                     [](const Claim* a, const Claim* b) { return shape_rank(a->shape) < shape_rank(b->shape); });
    // One claim per topic first, then the rest.
    std::vector<const Claim*> picked;
    std::set<ClaimTopic> topics;
    for (const Claim* c : order)
      if (topics.insert(c->topic).second) picked.push_back(c);
    for (const Claim* c : order)
      if (std::find(picked.begin(), picked.end(), c) == picked.end()) picked.push_back(c);
    std::vector<ResumeQuestion> out;
    std::set<std::string> quotes;
    for (const Claim* c : picked) {
      // A data size is asked about by the data template, which quotes it.
      if (c->topic == ClaimTopic::data && linker_.bank().find("project.data") != nullptr) continue;
      std::string q(quote(c->span));
      if (!quotes.insert(q).second) continue;
      ResumeQuestion rq;
      rq.kind = QuestionKind::claim;
      rq.source = c->span;
      rq.key = std::string(to_string(c->topic)) + "." + std::string(to_string(c->shape));
      ClaimText t = claim_text(c->topic, c->shape);
      rq.text.ko = replace_q(t.ko, q);
      rq.text.en = replace_q(t.en, q);
      if (const Question* bq = linker_.bank().find(claim_bank_id(c->topic, c->shape))) rq.bank_id = bq->id;
      out.push_back(std::move(rq));
    }
    return out;
  }

  // Extra templates, the ones this project's text calls for first.
  std::vector<Template> extras_wanted() const {
    std::vector<Template> out;
    auto want = [&](std::string_view key) {
      for (const auto& t : kExtra)
        if (t.key == key &&
            std::find_if(out.begin(), out.end(), [&](const Template& x) { return x.key == key; }) == out.end())
          out.push_back(t);
    };
    if (claim(ClaimTopic::speed) || fact(FactKind::speed_work)) want("inference-optimization");
    if (fact(FactKind::serving)) want("deployment");
    if (claim(ClaimTopic::quality)) want("baseline");
    if (claim(ClaimTopic::cost) || claim(ClaimTopic::scale)) want("business-impact");
    for (std::string_view k : {"what-failed", "baseline", "business-impact", "reproducibility", "deployment",
                               "inference-optimization", "data-ethics-bias"})
      want(k);
    return out;
  }

  std::string_view text_;
  const ProjectFindings& p_;
  const Glossary& glossary_;
  const BankLinker& linker_;
  std::set<std::string>& used_technology_;
  std::string title_;
};

}  // namespace

std::vector<ProjectQuestions> make_questions(std::string_view text, const Findings& findings, const Glossary& glossary,
                                             const BankLinker& linker) {
  std::vector<ProjectQuestions> out;
  out.reserve(findings.projects.size());
  std::set<std::string> used_technology;
  for (const auto& p : findings.projects)
    out.push_back(ProjectBuilder(text, p, glossary, linker, used_technology).build());
  return out;
}

std::string_view to_string(QuestionKind k) {
  switch (k) {
    case QuestionKind::template_question:
      return "template";
    case QuestionKind::technology:
      return "technology";
    case QuestionKind::claim:
      return "claim";
  }
  return "template";
}

}  // namespace kkori::resume
