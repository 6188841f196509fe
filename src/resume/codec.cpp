#include "resume/codec.hpp"

namespace kkori::resume {

Json span_json(const Span& s, std::string_view text) {
  return Json{{"start", s.begin},
              {"end", s.end},
              {"line", s.line},
              {"end_line", s.end_line},
              {"text", std::string(text.substr(s.begin, s.end - s.begin))}};
}

Json to_json(const Report& r, std::string_view text, Lang lang) {
  Json projects = Json::array();
  for (const auto& p : r.projects) {
    Json qs = Json::array();
    for (const auto& q : p.questions) {
      Json j{{"text", q.text.get(lang)}, {"kind", to_string(q.kind)}, {"source", span_json(q.source, text)}};
      if (!q.bank_id.empty()) j["bank_id"] = q.bank_id;
      if (!q.concept_id.empty()) j["concept"] = q.concept_id;
      j["key"] = q.key;
      qs.push_back(std::move(j));
    }
    Json pj{{"title", p.title}};
    if (!p.context.empty()) pj["context"] = p.context;
    // The span's text is the whole project: long, and the caller has the résumé.
    Json span = span_json(p.span, text);
    span.erase("text");
    pj["span"] = span;
    pj["title_span"] = span_json(p.title_span, text);
    pj["questions"] = std::move(qs);
    projects.push_back(std::move(pj));
  }
  return Json{{"lang", to_string(lang)}, {"projects", std::move(projects)}};
}

}  // namespace kkori::resume
