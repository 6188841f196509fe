#include "cli/views.hpp"

namespace kkori::cli {

Json to_json(const Bilingual& b) { return Json{{"ko", b.ko}, {"en", b.en}}; }

std::string when_to_string(const When& w) {
  struct V {
    std::string operator()(const WhenAlways&) const { return "always"; }
    std::string operator()(const WhenMentions& m) const {
      std::string s = "mentions:";
      for (std::size_t i = 0; i < m.terms.size(); ++i) s += (i ? ", " : " ") + m.terms[i];
      return s;
    }
    std::string operator()(const WhenMissed& m) const { return "missed: " + m.keypoint; }
    std::string operator()(const WhenCovered& m) const { return "covered: " + m.keypoint; }
  };
  return std::visit(V{}, w);
}

Json to_json(const Question& q) {
  Json j{{"id", q.id},
         {"area", q.area},
         {"level", q.level},
         {"roles", q.roles},
         {"tags", q.tags},
         {"prompt", to_json(q.prompt)},
         {"answer", to_json(q.answer)}};
  Json kps = Json::array();
  for (const auto& k : q.keypoints)
    kps.push_back(Json{{"id", k.id}, {"weight", k.weight}, {"ko", k.text.ko}, {"en", k.text.en}, {"terms", k.terms}});
  j["keypoints"] = kps;
  Json fus = Json::array();
  for (const auto& f : q.followups) {
    Json when;
    if (std::holds_alternative<WhenAlways>(f.when)) when = "always";
    if (auto* m = std::get_if<WhenMentions>(&f.when)) when = Json{{"mentions", m->terms}};
    if (auto* m = std::get_if<WhenMissed>(&f.when)) when = Json{{"missed", m->keypoint}};
    if (auto* m = std::get_if<WhenCovered>(&f.when)) when = Json{{"covered", m->keypoint}};
    fus.push_back(Json{{"id", f.target}, {"when", when}});
  }
  j["followups"] = fus;
  Json seen = Json::array();
  for (const auto& s : q.seen_at) {
    Json o{{"company", s.company}};
    if (!s.role.empty()) o["role"] = s.role;
    if (!s.stage.empty()) o["stage"] = s.stage;
    o["source"] = "reported in public interview reviews";
    seen.push_back(o);
  }
  j["seen_at"] = seen;
  Json hints = Json::array();
  for (const auto& h : q.hints) hints.push_back(to_json(h));
  j["hints"] = hints;
  j["source"] = q.where.file + ":" + std::to_string(q.where.line);
  return j;
}

}  // namespace kkori::cli
