#include "interview/resume_round.hpp"

#include <algorithm>
#include <array>

namespace kkori::interview {

std::string_view to_string(ResumeKind k) {
  switch (k) {
    case ResumeKind::claim:
      return "claim";
    case ResumeKind::technology:
      return "technology";
    case ResumeKind::template_question:
      return "template";
  }
  return "template";
}

std::optional<ResumeKind> parse_resume_kind(std::string_view s) {
  if (s == "claim") return ResumeKind::claim;
  if (s == "technology") return ResumeKind::technology;
  if (s == "template") return ResumeKind::template_question;
  return std::nullopt;
}

bool is_resume_round(const Round& r) { return std::find(r.areas.begin(), r.areas.end(), "project") != r.areas.end(); }

const Track* first_resume_track(const bank::Bank& bank) {
  for (const auto& t : bank.tracks)
    if (std::any_of(t.rounds.begin(), t.rounds.end(), is_resume_round)) return &t;
  return nullptr;
}

int resume_round_size(const Round& r) {
  int n = std::max(1, r.count);
  if (r.question_minutes > 0) n = std::min(n, std::max(1, r.minutes / r.question_minutes));
  return n;
}

std::vector<ResumeItem> pick_resume_questions(const bank::Bank& bank, const ResumeQuestions& r, int n,
                                              const std::set<std::string>& used) {
  // Per kind, the questions going round the projects: the first of each project, then the second, ...
  constexpr std::size_t kKinds = 3;
  std::array<std::vector<const ResumeItem*>, kKinds> by_kind;
  for (std::size_t k = 0; k < kKinds; ++k) {
    std::vector<std::vector<const ResumeItem*>> per_project;
    for (const auto& p : r.projects) {
      auto& list = per_project.emplace_back();
      for (const auto& q : p.questions)
        if (static_cast<std::size_t>(q.kind) == k) list.push_back(&q);
    }
    for (std::size_t level = 0;; ++level) {
      bool any = false;
      for (const auto& list : per_project)
        if (level < list.size()) {
          by_kind[k].push_back(list[level]);
          any = true;
        }
      if (!any) break;
    }
  }
  std::set<std::string> taken = used;
  auto usable = [&](const ResumeItem& q) {
    return !q.bank_id.empty() && bank.find(q.bank_id) != nullptr && !taken.contains(q.bank_id);
  };
  std::vector<const ResumeItem*> chosen;
  std::array<std::size_t, kKinds> pos{};
  while (static_cast<int>(chosen.size()) < n) {
    bool progressed = false;
    for (std::size_t k = 0; k < kKinds && static_cast<int>(chosen.size()) < n; ++k) {
      while (pos[k] < by_kind[k].size()) {
        const ResumeItem* q = by_kind[k][pos[k]++];
        if (!usable(*q)) continue;
        taken.insert(q->bank_id);
        chosen.push_back(q);
        progressed = true;
        break;
      }
    }
    if (!progressed) break;
  }
  std::stable_sort(chosen.begin(), chosen.end(),
                   [](const ResumeItem* a, const ResumeItem* b) { return a->kind < b->kind; });
  std::vector<ResumeItem> out;
  out.reserve(chosen.size());
  for (const ResumeItem* q : chosen) out.push_back(*q);
  return out;
}

Question resume_question(const Question& rubric, const ResumeItem& item) {
  Question q = rubric;
  if (!item.text.ko.empty() || !item.text.en.empty()) q.prompt = item.text;
  return q;
}

Json resume_item_to_json(const ResumeItem& q) {
  return Json{{"text", Json{{"ko", q.text.ko}, {"en", q.text.en}}},
              {"kind", to_string(q.kind)},
              {"bank_id", q.bank_id},
              {"key", q.key},
              {"project", q.project},
              {"source", Json{{"start", q.source.begin},
                              {"end", q.source.end},
                              {"line", q.source.line},
                              {"end_line", q.source.end_line},
                              {"text", q.source.text}}}};
}

Result<ResumeItem> resume_item_from_json(const Json& j) {
  try {
    ResumeItem q;
    const Json& t = j.at("text");
    q.text = Bilingual{t.value("ko", ""), t.value("en", "")};
    auto kind = parse_resume_kind(j.at("kind").get<std::string>());
    if (!kind)
      return fail(Errc::invalid_input, "unknown résumé question kind '" + j.at("kind").get<std::string>() + "'");
    q.kind = *kind;
    q.bank_id = j.value("bank_id", "");
    q.key = j.value("key", "");
    q.project = j.value("project", "");
    if (j.contains("source")) {
      const Json& s = j.at("source");
      q.source.begin = s.value("start", std::size_t{0});
      q.source.end = s.value("end", std::size_t{0});
      q.source.line = s.value("line", 0);
      q.source.end_line = s.value("end_line", 0);
      q.source.text = s.value("text", "");
    }
    return q;
  } catch (const Json::exception& e) {
    return fail(Errc::invalid_input, std::string("a résumé question is damaged: ") + e.what());
  }
}

Json resume_questions_to_json(const ResumeQuestions& r) {
  Json projects = Json::array();
  for (const auto& p : r.projects) {
    Json qs = Json::array();
    for (const auto& q : p.questions) qs.push_back(resume_item_to_json(q));
    projects.push_back(Json{{"title", p.title}, {"questions", std::move(qs)}});
  }
  return Json{{"version", 1}, {"projects", std::move(projects)}};
}

Result<ResumeQuestions> resume_questions_from_json(const Json& j) {
  if (!j.is_object() || !j.contains("projects") || !j.at("projects").is_array())
    return fail(Errc::invalid_input, "the saved résumé questions are damaged: no \"projects\" list");
  ResumeQuestions r;
  for (const auto& pj : j.at("projects")) {
    if (!pj.is_object())
      return fail(Errc::invalid_input, "the saved résumé questions are damaged: a project is not an object");
    ResumeProject p;
    p.title = pj.value("title", "");
    for (const auto& qj : pj.value("questions", Json::array())) {
      auto q = resume_item_from_json(qj);
      if (!q) return std::unexpected(q.error());
      if (q->project.empty()) q->project = p.title;
      p.questions.push_back(std::move(*q));
    }
    r.projects.push_back(std::move(p));
  }
  return r;
}

}  // namespace kkori::interview
