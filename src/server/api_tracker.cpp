// The application tracker's endpoints (docs/tracker.md, docs/openapi.yaml): applications, their
// stages, notes and heard questions, proposals and links, reminders, the funnel, the personal
// bank, import and export. All go through store::TrackerStore under the Api's mutex.
#include <ctime>
#include <set>

#include "server/api.hpp"
#include "server/body.hpp"
#include "store/tracker_store.hpp"
#include "tracker/codec.hpp"
#include "tracker/export.hpp"
#include "tracker/funnel.hpp"
#include "tracker/personal.hpp"
#include "tracker/propose.hpp"
#include "tracker/reminders.hpp"

namespace kkori::server {

namespace {

using store::TrackerStore;

Result<std::int64_t> id_param(const Request& r, const char* name = "id") {
  std::int64_t v = 0;
  try {
    std::size_t used = 0;
    v = std::stoll(r.param(name), &used);
    if (used != r.param(name).size()) v = 0;
  } catch (const std::exception&) {
    v = 0;  // not a number, or out of range
  }
  if (v > 0) return v;
  return fail(Errc::invalid_input, std::string(name) + " must be a positive integer", Location{{}, 0, 0, name});
}

Result<std::int64_t> int_field(const Json& j, const char* name, std::int64_t def) {
  if (!j.contains(name) || j[name].is_null()) return def;
  if (!j[name].is_number_integer())
    return fail(Errc::invalid_input, std::string("field '") + name + "' must be an integer", Location{{}, 0, 0, name});
  return j[name].get<std::int64_t>();
}

Json proposals_json(const std::vector<tracker::Proposal>& ps) {
  Json out = Json::array();
  for (const auto& p : ps)
    out.push_back(Json{{"id", p.question->id},
                       {"area", p.question->area},
                       {"prompt", Json{{"ko", p.question->prompt.ko}, {"en", p.question->prompt.en}}},
                       {"similarity", p.similarity},
                       {"likely", p.similarity >= tracker::kLikelySimilarity}});
  return out;
}

Response created(const Json& j) { return json_response(201, j.dump()); }

}  // namespace

std::vector<Route> Api::tracker_routes() {
  // Every handler needs the tracker store; without one (a server started without a database
  // file) the routes answer 503.
  auto with = [this](const std::function<Response(TrackerStore&, const Request&)>& fn) {
    return [this, fn](const Request& r) {
      if (!tracker_) return problem(503, "Service Unavailable", "the application tracker has no database");
      std::lock_guard lock(mu_);
      return fn(*tracker_, r);
    };
  };
  auto propose = [this](const std::string& text) -> Result<std::vector<tracker::Proposal>> {
    if (!index_) return std::vector<tracker::Proposal>{};
    return tracker::propose(*index_, text, 3);
  };

  return {
      {"GET", "/api/v1/applications", with([](TrackerStore& st, const Request&) {
         auto apps = st.applications();
         if (!apps) return problem(apps.error());
         Json out = Json::array();
         for (const auto& a : *apps) out.push_back(tracker::application_to_json(a));
         return json_response(200, out.dump());
       }),
       "applications, oldest first"},
      {"POST", "/api/v1/applications", with([this](TrackerStore& st, const Request& r) {
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         tracker::Application a;
         auto company = string_field(*body, "company", true, 200);
         if (!company) return problem(company.error());
         auto role = string_field(*body, "role", true, 200);
         if (!role) return problem(role.error());
         auto source = string_field(*body, "source", false, 40);
         if (!source) return problem(source.error());
         auto note = string_field(*body, "note", false);
         if (!note) return problem(note.error());
         auto applied = int_field(*body, "applied_at_ms", clock_.now_ms());
         if (!applied) return problem(applied.error());
         a.company = *company;
         a.role = *role;
         auto src = tracker::parse_source(source->empty() ? "posting" : *source);
         if (!src) return problem(400, "Bad Request", "unknown source '" + *source + "'");
         a.source = *src;
         a.applied_at_ms = *applied;
         if (!note->empty()) a.notes.push_back(tracker::Note{0, *applied, *note});
         auto id = st.add_application(a, clock_.now_ms());
         if (!id) return problem(id.error());
         return created(tracker::application_to_json(a));
       }),
       "add an application"},
      {"GET", "/api/v1/applications/{id}", with([](TrackerStore& st, const Request& r) {
         auto id = id_param(r);
         if (!id) return problem(id.error());
         auto a = st.application(*id);
         if (!a) return problem(a.error());
         return json_response(200, tracker::application_to_json(*a).dump());
       }),
       "one application with its timeline"},
      {"POST", "/api/v1/applications/{id}/stages", with([this](TrackerStore& st, const Request& r) {
         auto id = id_param(r);
         if (!id) return problem(id.error());
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         auto name = string_field(*body, "stage", true, 40);
         if (!name) return problem(name.error());
         auto type = string_field(*body, "type", false, 40);
         if (!type) return problem(type.error());
         auto note = string_field(*body, "note", false);
         if (!note) return problem(note.error());
         auto round = int_field(*body, "round", 0);
         if (!round) return problem(round.error());
         auto at = int_field(*body, "at_ms", clock_.now_ms());
         if (!at) return problem(at.error());
         tracker::StageEntry e;
         auto s = tracker::parse_stage(*name);
         if (!s) return problem(400, "Bad Request", "unknown stage '" + *name + "'");
         e.stage = *s;
         if (!type->empty()) {
           auto t = tracker::parse_round_type(*type);
           if (!t) return problem(400, "Bad Request", "unknown round type '" + *type + "'");
           e.type = *t;
         }
         e.round = static_cast<int>(*round);
         e.at_ms = *at;
         e.note = *note;
         auto saved = st.add_stage(*id, e);
         if (!saved) return problem(saved.error());
         return created(tracker::stage_to_json(*saved));
       }),
       "record the next stage (rules in docs/tracker.md)"},
      {"POST", "/api/v1/applications/{id}/notes", with([this](TrackerStore& st, const Request& r) {
         auto id = id_param(r);
         if (!id) return problem(id.error());
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         auto text = string_field(*body, "text");
         if (!text) return problem(text.error());
         auto n = st.add_note(*id, tracker::Note{0, clock_.now_ms(), *text});
         if (!n) return problem(n.error());
         return created(Json{{"id", n->id}, {"at_ms", n->at_ms}, {"text", n->text}});
       }),
       "add a note"},
      {"POST", "/api/v1/applications/{id}/heard", with([this, propose](TrackerStore& st, const Request& r) {
         auto id = id_param(r);
         if (!id) return problem(id.error());
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         auto text = string_field(*body, "text", true, 2000);
         if (!text) return problem(text.error());
         auto stage_id = int_field(*body, "stage_id", 0);
         if (!stage_id) return problem(stage_id.error());
         auto round = int_field(*body, "round", 0);
         if (!round) return problem(round.error());
         tracker::Heard h;
         h.application_id = *id;
         h.text = *text;
         h.stage_id = *stage_id;
         h.at_ms = clock_.now_ms();
         if (*round > 0) {
           auto a = st.application(*id);
           if (!a) return problem(a.error());
           const auto* e = a->round(static_cast<int>(*round));
           if (!e) return problem(404, "Not Found", "no interview round " + std::to_string(*round));
           h.stage_id = e->id;
         }
         auto saved = st.add_heard(h);
         if (!saved) return problem(saved.error());
         auto ps = propose(saved->text);
         if (!ps) return problem(ps.error());
         return created(Json{{"heard", tracker::heard_to_json(*saved)}, {"proposals", proposals_json(*ps)}});
       }),
       "log a question heard in a round; returns the closest bank questions"},
      {"POST", "/api/v1/heard/{id}/link", with([this, propose](TrackerStore& st, const Request& r) {
         auto id = id_param(r);
         if (!id) return problem(id.error());
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         auto h = st.heard(*id);
         if (!h) return problem(h.error());
         auto qid = string_field(*body, "question_id", false, 200);
         if (!qid) return problem(qid.error());
         const bool personal = body->value("personal", false);
         std::string target = *qid;
         Json extra;
         if (!target.empty()) {
           bool known = bank_.find(target) != nullptr;
           if (!known && tracker::is_personal_id(target)) {
             auto p = st.personal_question(target);
             known = p && p->has_value();
           }
           if (!known) return problem(404, "Not Found", "no question '" + target + "'");
         } else if (personal) {
           auto area = string_field(*body, "area", false, 40);
           if (!area) return problem(area.error());
           auto answer = string_field(*body, "answer", false);
           if (!answer) return problem(answer.error());
           auto level = int_field(*body, "level", 2);
           if (!level) return problem(level.error());
           auto app = st.application(h->application_id);
           if (!app) return problem(app.error());
           tracker::PersonalDraft d;
           d.text = h->text;
           d.area = *area;
           if (d.area.empty()) {
             auto ps = propose(h->text);
             if (ps && !ps->empty()) d.area = ps->front().question->area;
           }
           if (d.area.empty()) return problem(400, "Bad Request", "field 'area' is needed: no similar bank question");
           d.level = static_cast<int>(*level);
           d.role_kind = tracker::role_kind(app->role);
           d.company = app->company;
           if (const auto* e = app->stage(h->stage_id))
             d.stage = std::string(tracker::content_stage(e->stage, e->type));
           d.answer = *answer;
           auto all = st.personal_questions();
           if (!all) return problem(all.error());
           std::set<std::string> taken;
           for (const auto& q : *all) taken.insert(q.id);
           auto q = tracker::new_personal(d, taken);
           if (!q) return problem(q.error());
           if (auto ok = st.save_personal(*q, clock_.now_ms()); !ok) return problem(ok.error());
           target = q->id;
           extra = tracker::question_to_json(*q);
         } else {
           return problem(400, "Bad Request", "give 'question_id' or 'personal': true");
         }
         if (auto ok = st.link_heard(*id, target); !ok) return problem(ok.error());
         h->question_id = target;
         Json out = tracker::heard_to_json(*h);
         if (!extra.is_null()) out["personal_question"] = extra;
         return json_response(200, out.dump());
       }),
       "confirm which question a heard one is, or keep it as a personal question"},
      {"GET", "/api/v1/tracker/reminders", with([this](TrackerStore& st, const Request& r) {
         tracker::ReminderOptions opt;
         try {
           if (auto v = r.q("days")) opt.no_reply_days = std::stoi(*v);
           if (auto v = r.q("ahead")) opt.upcoming_days = std::stoi(*v);
         } catch (const std::exception&) {
           return problem(400, "Bad Request", "'days' and 'ahead' must be integers");
         }
         auto apps = st.applications();
         if (!apps) return problem(apps.error());
         Json out = Json::array();
         for (const auto& rem : tracker::reminders(clock_.now_ms(), *apps, bank_.tracks, bank_.questions, opt)) {
           Json j{{"kind", tracker::to_string(rem.kind)},
                  {"application_id", rem.application_id},
                  {"company", rem.company},
                  {"role", rem.role},
                  {"stage", tracker::stage_to_json(rem.entry)},
                  {"days", rem.days}};
           if (rem.kind == tracker::Reminder::Kind::upcoming)
             j["practice"] = Json{{"track", rem.practice.track_id},
                                  {"areas", rem.practice.areas},
                                  {"questions", rem.practice.question_ids},
                                  {"heard", rem.practice.heard}};
           out.push_back(j);
         }
         return json_response(200, out.dump());
       }),
       "no-reply and upcoming-round reminders"},
      {"GET", "/api/v1/tracker/funnel", with([](TrackerStore& st, const Request&) {
         auto apps = st.applications();
         if (!apps) return problem(apps.error());
         auto f = tracker::funnel(*apps);
         Json steps = Json::array();
         for (int i = 0; i < tracker::kFunnelSteps; ++i)
           steps.push_back(Json{{"step", tracker::to_string(static_cast<tracker::FunnelStep>(i))},
                                {"reached", f.reached[static_cast<std::size_t>(i)]}});
         return json_response(200, Json{{"steps", steps},
                                        {"active", f.active},
                                        {"offers", f.offers},
                                        {"accepted", f.accepted},
                                        {"declined", f.declined},
                                        {"rejected", f.rejected},
                                        {"withdrawn", f.withdrawn}}
                                       .dump());
       }),
       "how many applications reached each stage"},
      {"GET", "/api/v1/tracker/export", with([](TrackerStore& st, const Request& r) {
         auto apps = st.applications();
         if (!apps) return problem(apps.error());
         const std::string format = r.q("format").value_or("json");
         if (format == "csv") {
           auto utc = [](std::int64_t ms) {
             std::time_t t = static_cast<std::time_t>(ms / 1000);
             std::tm tm{};
             gmtime_r(&t, &tm);
             char buf[32];
             std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%MZ", &tm);
             return std::string(buf);
           };
           return Response{200, "text/csv; charset=utf-8", tracker::export_csv(*apps, utc)};
         }
         if (format != "json") return problem(400, "Bad Request", "format must be json or csv");
         auto qs = st.personal_questions();
         if (!qs) return problem(qs.error());
         return json_response(200, tracker::export_json({*apps, *qs}).dump());
       }),
       "export applications (json, csv)"},
      {"POST", "/api/v1/tracker/import", with([this](TrackerStore& st, const Request& r) {
         auto data = tracker::import_json(r.body, "body");
         if (!data) return problem(data.error());
         for (auto& a : data->applications)
           if (auto ok = st.add_application(a, clock_.now_ms()); !ok) return problem(ok.error());
         for (const auto& q : data->personal)
           if (auto ok = st.save_personal(q, clock_.now_ms()); !ok) return problem(ok.error());
         return json_response(
             200,
             Json{{"applications", data->applications.size()}, {"personal_questions", data->personal.size()}}.dump());
       }),
       "import a JSON export"},
      {"GET", "/api/v1/personal-questions", with([](TrackerStore& st, const Request&) {
         auto qs = st.personal_questions();
         if (!qs) return problem(qs.error());
         Json out = Json::array();
         for (const auto& q : *qs) {
           Json j = tracker::question_to_json(q);
           j["gradeable"] = tracker::gradeable(q);
           out.push_back(j);
         }
         return json_response(200, out.dump());
       }),
       "the personal question bank"},
      {"GET", "/api/v1/personal-questions/export", with([](TrackerStore& st, const Request&) {
         auto qs = st.personal_questions();
         if (!qs) return problem(qs.error());
         return Response{200, "application/yaml; charset=utf-8", tracker::export_yaml(*qs)};
       }),
       "personal questions as content YAML"},
      {"POST", "/api/v1/personal-questions/{id}/answer", with([this](TrackerStore& st, const Request& r) {
         auto body = parse_body(r.body);
         if (!body) return problem(body.error());
         auto answer = string_field(*body, "answer");
         if (!answer) return problem(answer.error());
         auto lang = string_field(*body, "lang", false, 2);
         if (!lang) return problem(lang.error());
         auto q = st.personal_question(r.param("id"));
         if (!q) return problem(q.error());
         if (!*q) return problem(404, "Not Found", "no personal question '" + r.param("id") + "'");
         Lang l = lang->empty() ? tracker::guess_lang(*answer) : parse_lang(*lang).value_or(Lang::en);
         Question updated = **q;
         (l == Lang::ko ? updated.answer.ko : updated.answer.en) = *answer;
         if (auto ok = st.save_personal(updated, clock_.now_ms()); !ok) return problem(ok.error());
         Json j = tracker::question_to_json(updated);
         j["gradeable"] = tracker::gradeable(updated);
         return json_response(200, j.dump());
       }),
       "write the model answer of a personal question"},
  };
}

}  // namespace kkori::server
