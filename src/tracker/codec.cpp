#include "tracker/codec.hpp"

#include "tracker/personal.hpp"

namespace kkori::tracker {

namespace {

std::unexpected<Error> bad(const std::string& path, const std::string& msg, Errc code = Errc::invalid_input) {
  return fail(code, path + ": " + msg);
}

// Reads an optional field of the expected kind; `def` when missing or null.
Result<std::string> opt_string(const Json& j, const std::string& path, const char* key, std::string def = {}) {
  if (!j.contains(key) || j[key].is_null()) return def;
  if (!j[key].is_string()) return bad(path + "." + key, "must be a string");
  return j[key].get<std::string>();
}

Result<std::string> req_string(const Json& j, const std::string& path, const char* key) {
  if (!j.contains(key)) return bad(path, std::string("missing '") + key + "'");
  return opt_string(j, path, key);
}

Result<std::int64_t> opt_int(const Json& j, const std::string& path, const char* key, std::int64_t def = 0) {
  if (!j.contains(key) || j[key].is_null()) return def;
  if (!j[key].is_number_integer()) return bad(path + "." + key, "must be an integer");
  return j[key].get<std::int64_t>();
}

Result<std::vector<std::string>> opt_strings(const Json& j, const std::string& path, const char* key) {
  std::vector<std::string> out;
  if (!j.contains(key) || j[key].is_null()) return out;
  if (!j[key].is_array()) return bad(path + "." + key, "must be a list of strings");
  for (const auto& s : j[key]) {
    if (!s.is_string()) return bad(path + "." + key, "must be a list of strings");
    out.push_back(s.get<std::string>());
  }
  return out;
}

Result<Bilingual> opt_bilingual(const Json& j, const std::string& path, const char* key) {
  Bilingual b;
  if (!j.contains(key) || j[key].is_null()) return b;
  const Json& v = j[key];
  if (!v.is_object()) return bad(path + "." + key, "must be an object with 'ko' and 'en'");
  auto ko = opt_string(v, path + "." + key, "ko");
  if (!ko) return std::unexpected(ko.error());
  auto en = opt_string(v, path + "." + key, "en");
  if (!en) return std::unexpected(en.error());
  return Bilingual{*ko, *en};
}

Json bilingual(const Bilingual& b) { return Json{{"ko", b.ko}, {"en", b.en}}; }

Json when_to_json(const When& w) {
  if (std::holds_alternative<WhenAlways>(w)) return "always";
  if (auto* m = std::get_if<WhenMentions>(&w)) return Json{{"mentions", m->terms}};
  if (auto* m = std::get_if<WhenMissed>(&w)) return Json{{"missed", m->keypoint}};
  return Json{{"covered", std::get<WhenCovered>(w).keypoint}};
}

Result<When> when_from_json(const Json& j, const std::string& path) {
  if (j.is_string() && j.get<std::string>() == "always") return When{WhenAlways{}};
  if (j.is_object() && j.size() == 1) {
    if (j.contains("mentions")) {
      auto t = opt_strings(j, path, "mentions");
      if (!t) return std::unexpected(t.error());
      return When{WhenMentions{*t}};
    }
    if (j.contains("missed") && j["missed"].is_string()) return When{WhenMissed{j["missed"].get<std::string>()}};
    if (j.contains("covered") && j["covered"].is_string()) return When{WhenCovered{j["covered"].get<std::string>()}};
  }
  return bad(path, "'when' must be \"always\", {mentions: [..]}, {missed: kp} or {covered: kp}");
}

template <class T, class F>
Result<std::vector<T>> list_of(const Json& j, const std::string& path, const char* key, F&& parse) {
  std::vector<T> out;
  if (!j.contains(key) || j[key].is_null()) return out;
  if (!j[key].is_array()) return bad(path + "." + key, "must be a list");
  for (std::size_t i = 0; i < j[key].size(); ++i) {
    std::string p = path + "." + key + "[" + std::to_string(i) + "]";
    if (!j[key][i].is_object() && !std::is_same_v<T, Followup>) return bad(p, "must be an object");
    auto v = parse(j[key][i], p);
    if (!v) return std::unexpected(v.error());
    out.push_back(std::move(*v));
  }
  return out;
}

}  // namespace

Json stage_to_json(const StageEntry& e) {
  Json j{{"id", e.id}, {"stage", to_string(e.stage)}, {"at_ms", e.at_ms}};
  if (e.stage == Stage::interview) {
    j["round"] = e.round;
    j["type"] = to_string(e.type);
  }
  j["note"] = e.note;
  return j;
}

Json heard_to_json(const Heard& h) {
  return Json{{"id", h.id},     {"application_id", h.application_id}, {"stage_id", h.stage_id},
              {"text", h.text}, {"question_id", h.question_id},       {"at_ms", h.at_ms}};
}

Json application_to_json(const Application& a) {
  Json stages = Json::array(), notes = Json::array(), heard = Json::array();
  for (const auto& s : a.stages) stages.push_back(stage_to_json(s));
  for (const auto& n : a.notes) notes.push_back(Json{{"id", n.id}, {"at_ms", n.at_ms}, {"text", n.text}});
  for (const auto& h : a.heard) {
    Json hj = heard_to_json(h);
    // Where the heard question was asked, portable across databases (ids are not).
    for (std::size_t i = 0; i < a.stages.size(); ++i)
      if (a.stages[i].id == h.stage_id && h.stage_id != 0) hj["stage_index"] = i;
    heard.push_back(hj);
  }
  Json next = Json::array();
  for (Stage s : next_stages(a.current())) next.push_back(to_string(s));
  return Json{{"id", a.id},
              {"company", a.company},
              {"role", a.role},
              {"source", to_string(a.source)},
              {"applied_at_ms", a.applied_at_ms},
              {"current", to_string(a.current())},
              {"outcome", to_string(outcome(a))},
              {"next", next},
              {"rounds", a.rounds()},
              {"last_at_ms", a.last_at_ms()},
              {"stages", stages},
              {"notes", notes},
              {"heard", heard}};
}

Json question_to_json(const Question& q) {
  Json kps = Json::array(), fus = Json::array(), seen = Json::array(), hints = Json::array();
  for (const auto& k : q.keypoints)
    kps.push_back(Json{{"id", k.id}, {"weight", k.weight}, {"ko", k.text.ko}, {"en", k.text.en}, {"terms", k.terms}});
  for (const auto& f : q.followups) fus.push_back(Json{{"id", f.target}, {"when", when_to_json(f.when)}});
  for (const auto& s : q.seen_at) {
    Json sj{{"company", s.company}};
    if (!s.role.empty()) sj["role"] = s.role;
    if (!s.stage.empty()) sj["stage"] = s.stage;
    seen.push_back(sj);
  }
  for (const auto& h : q.hints) hints.push_back(bilingual(h));
  return Json{{"id", q.id},
              {"area", q.area},
              {"level", q.level},
              {"roles", q.roles},
              {"tags", q.tags},
              {"prompt", bilingual(q.prompt)},
              {"answer", bilingual(q.answer)},
              {"keypoints", kps},
              {"followups", fus},
              {"seen_at", seen},
              {"hints", hints}};
}

Result<Question> question_from_json(const Json& j, const std::string& path) {
  if (!j.is_object()) return bad(path, "must be an object");
  Question q;
  auto id = req_string(j, path, "id");
  if (!id) return std::unexpected(id.error());
  q.id = *id;
  auto area = req_string(j, path, "area");
  if (!area) return std::unexpected(area.error());
  q.area = *area;
  auto level = opt_int(j, path, "level", 2);
  if (!level) return std::unexpected(level.error());
  q.level = static_cast<int>(*level);
  auto roles = opt_strings(j, path, "roles");
  if (!roles) return std::unexpected(roles.error());
  q.roles = *roles;
  auto tags = opt_strings(j, path, "tags");
  if (!tags) return std::unexpected(tags.error());
  q.tags = *tags;
  auto prompt = opt_bilingual(j, path, "prompt");
  if (!prompt) return std::unexpected(prompt.error());
  q.prompt = *prompt;
  auto answer = opt_bilingual(j, path, "answer");
  if (!answer) return std::unexpected(answer.error());
  q.answer = *answer;
  auto kps = list_of<Keypoint>(j, path, "keypoints", [](const Json& k, const std::string& p) -> Result<Keypoint> {
    Keypoint kp;
    auto kid = req_string(k, p, "id");
    if (!kid) return std::unexpected(kid.error());
    kp.id = *kid;
    if (k.contains("weight") && !k["weight"].is_number()) return bad(p + ".weight", "must be a number");
    kp.weight = k.value("weight", 1.0);
    auto ko = opt_string(k, p, "ko"), en = opt_string(k, p, "en");
    if (!ko) return std::unexpected(ko.error());
    if (!en) return std::unexpected(en.error());
    kp.text = Bilingual{*ko, *en};
    auto terms = opt_strings(k, p, "terms");
    if (!terms) return std::unexpected(terms.error());
    kp.terms = *terms;
    return kp;
  });
  if (!kps) return std::unexpected(kps.error());
  q.keypoints = std::move(*kps);
  auto fus = list_of<Followup>(j, path, "followups", [](const Json& f, const std::string& p) -> Result<Followup> {
    if (!f.is_object()) return bad(p, "must be an object");
    auto target = req_string(f, p, "id");
    if (!target) return std::unexpected(target.error());
    if (!f.contains("when")) return bad(p, "missing 'when'");
    auto w = when_from_json(f["when"], p + ".when");
    if (!w) return std::unexpected(w.error());
    return Followup{*target, *w, {}};
  });
  if (!fus) return std::unexpected(fus.error());
  q.followups = std::move(*fus);
  auto seen = list_of<SeenAt>(j, path, "seen_at", [](const Json& s, const std::string& p) -> Result<SeenAt> {
    auto c = req_string(s, p, "company");
    if (!c) return std::unexpected(c.error());
    auto r = opt_string(s, p, "role"), st = opt_string(s, p, "stage");
    if (!r) return std::unexpected(r.error());
    if (!st) return std::unexpected(st.error());
    return SeenAt{*c, *r, *st};
  });
  if (!seen) return std::unexpected(seen.error());
  q.seen_at = std::move(*seen);
  auto hints = list_of<Bilingual>(j, path, "hints", [](const Json& h, const std::string& p) -> Result<Bilingual> {
    auto ko = opt_string(h, p, "ko"), en = opt_string(h, p, "en");
    if (!ko) return std::unexpected(ko.error());
    if (!en) return std::unexpected(en.error());
    return Bilingual{*ko, *en};
  });
  if (!hints) return std::unexpected(hints.error());
  q.hints = std::move(*hints);
  return q;
}

Result<Application> application_from_json(const Json& j, const std::string& path) {
  if (!j.is_object()) return bad(path, "must be an object");
  Application a;
  auto company = req_string(j, path, "company");
  if (!company) return std::unexpected(company.error());
  a.company = *company;
  auto role = req_string(j, path, "role");
  if (!role) return std::unexpected(role.error());
  a.role = *role;
  auto source = opt_string(j, path, "source", "posting");
  if (!source) return std::unexpected(source.error());
  auto src = parse_source(*source);
  if (!src) return bad(path + ".source", "unknown source '" + *source + "'");
  a.source = *src;
  auto applied = opt_int(j, path, "applied_at_ms");
  if (!applied) return std::unexpected(applied.error());
  a.applied_at_ms = *applied;
  if (auto ok = check_application(a); !ok) return bad(path + "." + ok.error().where.field, ok.error().message);

  if (j.contains("stages") && !j["stages"].is_array()) return bad(path + ".stages", "must be a list");
  const Json stages = j.value("stages", Json::array());
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const std::string p = path + ".stages[" + std::to_string(i) + "]";
    const Json& s = stages[i];
    if (!s.is_object()) return bad(p, "must be an object");
    auto name = req_string(s, p, "stage");
    if (!name) return std::unexpected(name.error());
    auto st = parse_stage(*name);
    if (!st) return bad(p + ".stage", "unknown stage '" + *name + "'");
    StageEntry e;
    e.stage = *st;
    auto type = opt_string(s, p, "type");
    if (!type) return std::unexpected(type.error());
    if (!type->empty()) {
      auto t = parse_round_type(*type);
      if (!t) return bad(p + ".type", "unknown round type '" + *type + "'");
      e.type = *t;
    }
    auto round = opt_int(s, p, "round");
    if (!round) return std::unexpected(round.error());
    e.round = static_cast<int>(*round);
    auto at = opt_int(s, p, "at_ms");
    if (!at) return std::unexpected(at.error());
    e.at_ms = *at;
    auto note = opt_string(s, p, "note");
    if (!note) return std::unexpected(note.error());
    e.note = *note;
    auto ok = check_next(a, e);
    if (!ok) return bad(p, ok.error().message, ok.error().code);
    ok->id = static_cast<std::int64_t>(i) + 1;  // provisional, replaced by the store
    a.stages.push_back(*ok);
  }

  auto notes = list_of<Note>(j, path, "notes", [](const Json& n, const std::string& p) -> Result<Note> {
    auto text = req_string(n, p, "text");
    if (!text) return std::unexpected(text.error());
    auto at = opt_int(n, p, "at_ms");
    if (!at) return std::unexpected(at.error());
    return Note{0, *at, *text};
  });
  if (!notes) return std::unexpected(notes.error());
  a.notes = std::move(*notes);

  auto heard = list_of<Heard>(j, path, "heard", [&a](const Json& h, const std::string& p) -> Result<Heard> {
    Heard out;
    auto text = req_string(h, p, "text");
    if (!text) return std::unexpected(text.error());
    if (text->empty()) return bad(p + ".text", "is empty");
    out.text = *text;
    auto qid = opt_string(h, p, "question_id");
    if (!qid) return std::unexpected(qid.error());
    out.question_id = *qid;
    auto at = opt_int(h, p, "at_ms");
    if (!at) return std::unexpected(at.error());
    out.at_ms = *at;
    auto idx = opt_int(h, p, "stage_index", -1);
    if (!idx) return std::unexpected(idx.error());
    auto round = opt_int(h, p, "round");
    if (!round) return std::unexpected(round.error());
    if (*idx >= 0) {
      if (*idx >= static_cast<std::int64_t>(a.stages.size())) return bad(p + ".stage_index", "no such stage");
      out.stage_id = a.stages[static_cast<std::size_t>(*idx)].id;
    } else if (*round > 0) {
      const StageEntry* e = a.round(static_cast<int>(*round));
      if (!e) return bad(p + ".round", "no interview round " + std::to_string(*round));
      out.stage_id = e->id;
    }
    return out;
  });
  if (!heard) return std::unexpected(heard.error());
  a.heard = std::move(*heard);
  return a;
}

Json export_json(const TrackerData& d) {
  Json apps = Json::array(), qs = Json::array();
  for (const auto& a : d.applications) apps.push_back(application_to_json(a));
  for (const auto& q : d.personal) qs.push_back(question_to_json(q));
  return Json{{"version", kExportVersion}, {"applications", apps}, {"personal_questions", qs}};
}

Result<TrackerData> import_json(const std::string& text, const std::string& file) {
  auto located = [&file](Error e) {
    e.where.file = file;
    return std::unexpected(std::move(e));
  };
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded()) {
    try {
      Json again = Json::parse(text);
    } catch (const Json::parse_error& e) {
      return fail(Errc::parse, std::string("not JSON: ") + e.what(), Location{file, 0, 0, {}});
    }
  }
  if (!j.is_object()) return fail(Errc::parse, "expected a JSON object", Location{file, 0, 0, {}});
  if (!j.contains("version") || !j["version"].is_number_integer() || j["version"].get<int>() != kExportVersion)
    return fail(Errc::invalid_input, "unsupported version (this kkori reads version 1)", Location{file, 0, 0, {}});
  TrackerData d;
  auto apps = list_of<Application>(
      j, "", "applications", [](const Json& a, const std::string& p) { return application_from_json(a, p.substr(1)); });
  if (!apps) return located(apps.error());
  d.applications = std::move(*apps);
  auto qs = list_of<Question>(j, "", "personal_questions", [](const Json& q, const std::string& p) -> Result<Question> {
    auto out = question_from_json(q, p.substr(1));
    if (!out) return out;
    if (auto ok = check_personal(*out); !ok) return bad(p.substr(1), ok.error().message);
    return out;
  });
  if (!qs) return located(qs.error());
  d.personal = std::move(*qs);
  return d;
}

}  // namespace kkori::tracker
