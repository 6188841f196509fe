#include "interview/codec.hpp"

#include <cmath>

namespace kkori::interview {

Json plan_to_json(const Plan& p) {
  Json rounds = Json::array();
  for (const auto& pr : p.rounds) {
    const Round& r = pr.round;
    rounds.push_back(Json{{"id", r.id},
                          {"name", Json{{"ko", r.name.ko}, {"en", r.name.en}}},
                          {"areas", r.areas},
                          {"count", r.count},
                          {"levels", r.levels},
                          {"minutes", r.minutes},
                          {"question_minutes", r.question_minutes},
                          {"max_depth", r.max_depth},
                          {"roots", pr.roots}});
    if (pr.source != RootSource::bank) rounds.back()["source"] = to_string(pr.source);
    if (!pr.resume.empty()) {
      Json items = Json::array();
      for (const auto& q : pr.resume) items.push_back(resume_item_to_json(q));
      rounds.back()["resume"] = std::move(items);
    }
  }
  Json j{{"version", 1}, {"track", p.track_id}, {"rounds", rounds}};
  if (!p.resume_title.empty() || p.resume_id) j["resume"] = Json{{"id", p.resume_id}, {"title", p.resume_title}};
  return j;
}

Result<Plan> plan_from_json(const Json& j, const bank::Bank& bank) {
  try {
    Plan p;
    p.track_id = j.at("track").get<std::string>();
    for (const auto& r : j.at("rounds")) {
      PlannedRound pr;
      pr.round.id = r.at("id").get<std::string>();
      pr.round.name = Bilingual{r.at("name").at("ko").get<std::string>(), r.at("name").at("en").get<std::string>()};
      pr.round.areas = r.at("areas").get<std::vector<std::string>>();
      pr.round.count = r.at("count").get<int>();
      pr.round.levels = r.at("levels").get<std::vector<int>>();
      pr.round.minutes = r.at("minutes").get<int>();
      pr.round.question_minutes = r.at("question_minutes").get<int>();
      pr.round.max_depth = r.at("max_depth").get<int>();
      pr.roots = r.at("roots").get<std::vector<std::string>>();
      for (const auto& id : pr.roots)
        if (!bank.find(id))
          return fail(Errc::conflict, "the saved session asks '" + id + "', which the bank no longer has");
      const std::string source = r.value("source", "bank");
      pr.source = source == "resume"      ? RootSource::resume
                  : source == "no_resume" ? RootSource::no_resume
                                          : RootSource::bank;
      for (const auto& item : r.value("resume", Json::array())) {
        auto q = resume_item_from_json(item);
        if (!q) return fail(Errc::invalid_input, "the saved session plan is damaged: " + q.error().message);
        pr.resume.push_back(std::move(*q));
      }
      if (!pr.resume.empty() && pr.resume.size() != pr.roots.size())
        return fail(Errc::invalid_input, "the saved session plan is damaged: round '" + pr.round.id + "' has " +
                                             std::to_string(pr.roots.size()) + " roots but " +
                                             std::to_string(pr.resume.size()) + " résumé questions");
      p.rounds.push_back(std::move(pr));
    }
    if (j.contains("resume")) {
      p.resume_id = j.at("resume").value("id", std::int64_t{0});
      p.resume_title = j.at("resume").value("title", "");
    }
    return p;
  } catch (const Json::exception& e) {
    return fail(Errc::invalid_input, std::string("the saved session plan is damaged: ") + e.what());
  }
}

Json turn_to_json(const Turn& t, const bank::Bank& bank, Lang lang, bool with_time, const Plan* plan) {
  const Question* q = bank.find(t.question_id);
  const ResumeItem* item = plan && t.depth == 0 ? plan->resume_item(t.round_id, t.root_id) : nullptr;
  Json covered = Json::array(), missed = Json::array();
  for (const auto& k : t.grade.keypoints) (k.covered ? covered : missed).push_back(k.id);
  Json j{{"question_id", t.question_id},
         {"prompt", item && !item->text.get(lang).empty() ? item->text.get(lang)
                    : q                                   ? q->prompt.get(lang)
                                                          : std::string()},
         {"why", t.depth == 0 ? std::string("root") : t.asked_because},
         {"round", t.round_id},
         {"root", t.root_id},
         {"depth", t.depth},
         {"answer", t.answer},
         {"score", std::round(t.grade.score * 10000) / 10000},
         {"dont_know", t.grade.dont_know},
         {"covered", covered},
         {"missed", missed},
         {"hints_used", t.hints_used}};
  if (with_time) j["elapsed_ms"] = t.elapsed_ms;
  if (item) j["resume"] = resume_item_to_json(*item);
  return j;
}

Json report_to_json(const Report& r) {
  Json topics = Json::array();
  for (const auto& t : r.topics) {
    Json topic{{"root", t.root_id},
               {"round", t.round_id},
               {"asked", t.asked},
               {"depth_reached", t.depth_reached},
               {"mean_score", std::round(t.mean_score * 10000) / 10000},
               {"stopped", t.stopped}};
    if (t.resume) topic["resume"] = resume_item_to_json(*t.resume);
    topics.push_back(std::move(topic));
  }
  Json study = Json::array();
  for (const auto& s : r.study)
    study.push_back(Json{{"question_id", s.question_id},
                         {"keypoint", s.keypoint_id},
                         {"priority", std::round(s.priority * 10000) / 10000}});
  return Json{{"answered", r.answered},
              {"mean_score", std::round(r.mean_score * 10000) / 10000},
              {"dont_know", r.dont_know},
              {"topics", topics},
              {"study", study}};
}

}  // namespace kkori::interview
