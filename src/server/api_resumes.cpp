// Saved résumés (docs/resume.md "Saved résumés", docs/openapi.yaml): list, save, show, forget,
// through store::ResumeStore under the Api's mutex; and the résumé a new interview's project
// round asks from. Nothing is stored except on POST /resumes.
#include <memory>

#include "app/resume_round.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "server/api.hpp"
#include "server/body.hpp"
#include "store/resume_store.hpp"

namespace kkori::server {

namespace {

Result<std::int64_t> resume_id(const Request& r) {
  std::int64_t v = 0;
  try {
    std::size_t used = 0;
    v = std::stoll(r.param("id"), &used);
    if (used != r.param("id").size()) v = 0;
  } catch (const std::exception&) {
    v = 0;
  }
  if (v > 0) return v;
  return fail(Errc::invalid_input, "résumé id must be a positive integer, not '" + r.param("id") + "'",
              Location{{}, 0, 0, "id"});
}

Json summary_json(const store::SavedResume& r) {
  return Json{{"id", r.id},
              {"title", r.title},
              {"format", r.format},
              {"lang", r.lang},
              {"projects", r.projects},
              {"questions", r.asked},
              {"saved_at_ms", r.saved_at_ms}};
}

}  // namespace

Result<std::optional<interview::ResumeQuestions>> Api::round_resume(std::int64_t id) {
  if (!resumes_) {
    if (id > 0) return fail(Errc::conflict, "this server keeps no résumés (it has no database file)");
    return std::optional<interview::ResumeQuestions>();
  }
  std::optional<store::SavedResume> saved;
  if (id > 0) {
    auto one = resumes_->get(id);
    if (!one) return std::unexpected(one.error());
    saved = std::move(*one);
  } else {
    auto latest = resumes_->latest();
    if (!latest) return std::unexpected(latest.error());
    saved = std::move(*latest);
  }
  if (!saved) return std::optional<interview::ResumeQuestions>();
  auto qs = app::round_questions(*saved);
  if (!qs) return std::unexpected(qs.error());
  return std::optional<interview::ResumeQuestions>(std::move(*qs));
}

std::vector<Route> Api::resume_store_routes() {
  auto with = [this](const std::function<Response(store::ResumeStore&, const Request&)>& fn) {
    return [this, fn](const Request& r) {
      if (!resumes_)
        return problem(503, "Service Unavailable", "this server keeps no résumés (it has no database file)");
      std::lock_guard lock(mu_);
      return fn(*resumes_, r);
    };
  };
  return {
      {"GET", "/api/v1/resumes", with([](store::ResumeStore& st, const Request&) {
         auto rows = st.list();
         if (!rows) return problem(rows.error());
         Json out = Json::array();
         for (const auto& r : *rows) out.push_back(summary_json(r));
         return json_response(200, out.dump());
       }),
       "saved résumés, newest first"},
      {"POST", "/api/v1/resumes", with([this](store::ResumeStore& st, const Request& req) {
         auto body = parse_body(req.body);
         if (!body) return problem(body.error());
         auto raw = string_field(*body, "text", true, resume::kMaxTextBytes);
         if (!raw) return problem(raw.error());
         auto title = string_field(*body, "title", false, 200);
         if (!title) return problem(title.error());
         auto text = resume::clean_text(*raw, "text");
         if (!text) return problem(400, "Bad Request", text.error().message);
         if (!maker_) maker_ = std::make_shared<resume::Maker>(bank_);
         const bool markdown = text->find("\n#") != std::string::npos || text->starts_with("#");
         resume::Document doc{*text, markdown ? resume::Format::markdown : resume::Format::text};
         auto saved = app::save_resume(st, *maker_, doc, *title, "", clock_.now_ms());
         if (!saved) return problem(saved.error());
         Json j = summary_json(saved->row);
         j["created"] = saved->created;
         return json_response(saved->created ? 201 : 200, j.dump());
       }),
       "save a résumé and its questions"},
      {"GET", "/api/v1/resumes/{id}", with([](store::ResumeStore& st, const Request& req) {
         auto id = resume_id(req);
         if (!id) return problem(id.error());
         auto r = st.get(*id);
         if (!r) return problem(r.error());
         Json j = summary_json(*r);
         j["text"] = r->text;
         Json qs = Json::parse(r->questions_json, nullptr, false);
         j["questions_by_project"] = qs.is_object() ? qs.value("projects", Json::array()) : Json::array();
         return json_response(200, j.dump());
       }),
       "one saved résumé with its text and questions"},
      {"DELETE", "/api/v1/resumes/{id}", with([](store::ResumeStore& st, const Request& req) {
         auto id = resume_id(req);
         if (!id) return problem(id.error());
         if (auto r = st.forget(*id); !r) return problem(r.error());
         return json_response(200, Json{{"forgotten", *id}}.dump());
       }),
       "forget a saved résumé"},
  };
}

}  // namespace kkori::server
