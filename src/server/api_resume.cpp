#include "server/api_resume.hpp"

#include <memory>

#include "resume/codec.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "server/body.hpp"

namespace kkori::server {

namespace {

// {"text": "...", "lang"?: "ko"|"en"} -> {"lang", "projects": [...]}; without "lang" the
// questions are in the résumé's language.
Response questions(const resume::Maker& maker, const Request& req) {
  auto body = parse_body(req.body);
  if (!body) return problem(body.error());
  auto raw = string_field(*body, "text", true, resume::kMaxTextBytes);
  if (!raw) return problem(raw.error());
  auto lang_s = string_field(*body, "lang", false, 8);
  if (!lang_s) return problem(lang_s.error());
  std::optional<Lang> lang;
  if (!lang_s->empty()) {
    lang = parse_lang(*lang_s);
    if (!lang) return problem(400, "Bad Request", "field 'lang' must be \"ko\" or \"en\"");
  }
  auto text = resume::clean_text(*raw, "text");
  if (!text) return problem(400, "Bad Request", text.error().message);
  resume::Report r = maker.make(*text);
  const Lang out_lang = lang.value_or(r.findings.korean ? Lang::ko : Lang::en);
  Json j = resume::to_json(r, *text, out_lang);
  // Spans are byte offsets into this text (line ends tidied), so the client highlights the same text.
  j["text"] = *text;
  return json_response(200, j.dump());
}

}  // namespace

std::vector<Route> resume_routes(const bank::Bank& bank) {
  auto maker = std::make_shared<resume::Maker>(bank);
  return {{"POST", "/api/v1/resume/questions", [maker](const Request& r) { return questions(*maker, r); },
           "questions from résumé text (stateless)"}};
}

}  // namespace kkori::server
