// Session endpoints: create, state, answer, hint, skip, end, report.
#include <algorithm>
#include <random>

#include "app/record.hpp"
#include "interview/codec.hpp"
#include "interview/planner.hpp"
#include "interview/report.hpp"
#include "server/api.hpp"
#include "server/body.hpp"
#include "server/live.hpp"

namespace kkori::server {

namespace {

Result<std::int64_t> session_id(const Request& r) {
  auto bad = [&] {
    return fail(Errc::invalid_input, "session id must be a positive integer, not '" + r.param("id") + "'");
  };
  try {
    std::size_t used = 0;
    long long v = std::stoll(r.param("id"), &used);
    if (used == r.param("id").size() && v > 0) return v;
  } catch (const std::exception&) {  // not a number, or out of range
    return bad();
  }
  return bad();
}

Json state_json(const Session& row, const interview::Interview& iv, std::int64_t now) {
  Json j{{"id", row.id},       {"kind", row.kind},
         {"track", row.track}, {"lang", to_string(row.lang)},
         {"done", iv.done()},  {"answered", iv.turns().size()}};
  if (!iv.plan().resume_title.empty())
    j["resume"] = Json{{"id", iv.plan().resume_id}, {"title", iv.plan().resume_title}};
  if (!iv.done()) {
    const Question& q = iv.current();
    const auto& r = iv.round().round;
    j["question"] = Json{{"id", q.id},
                         {"area", q.area},
                         {"level", q.level},
                         {"prompt", Json{{"ko", q.prompt.ko}, {"en", q.prompt.en}}},
                         {"depth", iv.depth()},
                         {"why", iv.why()},
                         {"hints", q.hints.size()}};
    if (const interview::ResumeItem* cv = iv.resume_item())
      j["question"]["resume"] = interview::resume_item_to_json(*cv);
    j["round"] = Json{{"id", r.id},
                      {"name", Json{{"ko", r.name.ko}, {"en", r.name.en}}},
                      {"index", iv.round_index()},
                      {"of", iv.plan().rounds.size()},
                      {"source", interview::to_string(iv.round().source)}};
    j["question_left_ms"] = iv.question_left_ms(now);
    j["round_left_ms"] = iv.round_left_ms(now);
  }
  return j;
}

}  // namespace

Api::Live* Api::live(std::int64_t id, Response& err) {
  if (auto it = sessions_.find(id); it != sessions_.end()) return it->second.get();
  auto row = store_.session(id);
  if (!row) {
    err = problem(row.error());
    return nullptr;
  }
  if (row->plan_json.empty()) {
    err = problem(409, "Conflict", "session " + std::to_string(id) + " was not started through the API");
    return nullptr;
  }
  auto plan = interview::plan_from_json(Json::parse(row->plan_json, nullptr, false), bank_);
  if (!plan) {
    err = problem(plan.error());
    return nullptr;
  }
  store::AttemptFilter f;
  f.session_id = id;
  f.limit = 100000;
  auto rows = store_.attempts(f);
  if (!rows) {
    err = problem(rows.error());
    return nullptr;
  }
  auto live = std::unique_ptr<Live>(new Live{*row, interview::Interview(bank_, grader_, *plan, row->started_at_ms)});
  for (auto it = rows->rbegin(); it != rows->rend() && !live->iv.done(); ++it)
    live->iv.answer(it->answer, it->created_at_ms);
  if (row->ended_at_ms) live->iv.quit();
  return (sessions_[id] = std::move(live)).get();
}

Response Api::with_live(std::int64_t id, const std::function<Response(Live&)>& fn) {
  std::lock_guard lock(mu_);
  Response err;
  Live* s = live(id, err);
  return s ? fn(*s) : err;
}

Response Api::create_session(const Request& r) {
  auto body = parse_body(r.body);
  if (!body) return problem(body.error());
  auto kind = string_field(*body, "kind", false);
  if (!kind) return problem(kind.error());
  std::string k = kind->empty() ? "drill" : *kind;
  if (k != "drill" && k != "interview") return problem(400, "Bad Request", "kind must be 'drill' or 'interview'");
  auto lang_s = string_field(*body, "lang", false);
  if (!lang_s) return problem(lang_s.error());
  auto lang = lang_s->empty() ? std::optional<Lang>(Lang::ko) : parse_lang(*lang_s);
  if (!lang) return problem(400, "Bad Request", "lang must be 'ko' or 'en'");
  std::int64_t resume_id = 0;  // a saved résumé for the project round; 0 = the latest one
  if (body->contains("resume") && !(*body)["resume"].is_null()) {
    const Json& v = (*body)["resume"];
    if (!v.is_number_integer() || v.get<std::int64_t>() <= 0)
      return problem(400, "Bad Request", "resume must be a saved résumé id (a positive integer)");
    if (k != "interview") return problem(400, "Bad Request", "resume is for interviews (kind 'interview')");
    resume_id = v.get<std::int64_t>();
  }
  std::uint64_t seed = body->value("seed", std::uint64_t{0});
  const std::int64_t now = clock_.now_ms();
  if (!seed) seed = static_cast<std::uint64_t>(now);

  std::lock_guard lock(mu_);
  interview::PlanInput in;
  in.seed = seed;
  in.now_ms = now;
  if (auto stats = store_.question_stats())
    for (const auto& s : *stats)
      in.history[s.question_id] = interview::QuestionHistory{s.attempts, s.mean_score, s.last_score, s.last_at_ms};
  interview::Plan plan;
  std::string label;
  if (k == "interview") {
    auto track = string_field(*body, "track", resume_id == 0);  // with a résumé: a track with a project round
    if (!track) return problem(track.error());
    const Track* t = track->empty() ? interview::first_resume_track(bank_) : bank_.find_track(*track);
    if (!t)
      return problem(404, "Not Found", track->empty() ? "no track has a project round" : "no track '" + *track + "'");
    const bool project_round = std::any_of(t->rounds.begin(), t->rounds.end(), interview::is_resume_round);
    if (resume_id && !project_round)
      return problem(400, "Bad Request", "track '" + t->id + "' has no project round to ask résumé questions in");
    if (project_round) {
      auto cv = round_resume(resume_id);
      if (!cv) return problem(cv.error());
      in.resume = std::move(*cv);
    }
    plan = interview::plan_track(bank_, *t, in);
    label = t->id;
  } else {
    auto topic = string_field(*body, "topic", false);
    if (!topic) return problem(topic.error());
    const int depth = body->value("depth", 3);
    if (depth < 0 || depth > 10) return problem(400, "Bad Request", "depth must be 0-10");
    std::vector<std::string> topics;
    if (!topic->empty())
      topics.push_back(*topic);
    else
      for (auto a : kAreas) topics.emplace_back(a);
    auto p = interview::plan_topics(bank_, topics, 1, 10, depth, in);
    if (!p && index_ && !topic->empty()) {  // words: the best search hit that is a root
      auto hits = index_->search(*topic, 10);
      if (hits)
        for (const auto& h : *hits)
          if (!bank_.is_tail(h.question->id)) {
            p = interview::plan_topics(bank_, {h.question->id}, 1, 10, depth, in);
            break;
          }
    }
    if (!p) return problem(p.error());
    plan = std::move(*p);
    plan.rounds[0].round.id = "drill";
    label = *topic;
  }
  Session row;
  row.kind = k;
  row.track = label;
  row.lang = *lang;
  row.started_at_ms = now;
  row.seed = seed;
  row.plan_json = interview::plan_to_json(plan).dump();
  auto id = store_.create_session(row);
  if (!id) return problem(id.error());
  row.id = *id;
  auto live = std::unique_ptr<Live>(new Live{row, interview::Interview(bank_, grader_, plan, now)});
  Json state = state_json(row, live->iv, now);
  sessions_[*id] = std::move(live);
  return json_response(201, state.dump());
}

Response Api::list_sessions(const Request&) {
  std::lock_guard lock(mu_);
  auto rows = store_.sessions(100);
  if (!rows) return problem(rows.error());
  Json out = Json::array();
  for (const auto& s : *rows)
    out.push_back(Json{{"id", s.id},
                       {"kind", s.kind},
                       {"track", s.track},
                       {"lang", to_string(s.lang)},
                       {"started_at_ms", s.started_at_ms},
                       {"ended_at_ms", s.ended_at_ms},
                       {"has_report", !s.report_json.empty()}});
  return json_response(200, out.dump());
}

Response Api::get_session(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  return with_live(*id, [&](Live& s) { return json_response(200, state_json(s.row, s.iv, clock_.now_ms()).dump()); });
}

Response Api::answer_locked(Live& s, const std::string& text) {
  if (s.iv.done()) return problem(409, "Conflict", "session " + std::to_string(s.row.id) + " has ended");
  const std::int64_t now = clock_.now_ms();
  const Question& asked = s.iv.current();
  auto fb = s.iv.answer(text, now);
  Attempt a;
  a.question_id = asked.id;
  a.answer = fb.turn->answer;
  a.lang = s.row.lang;
  a.score = fb.turn->grade.score;
  a.coverage = fb.turn->grade.coverage();
  a.session_id = s.row.id;
  a.created_at_ms = now;
  std::mt19937_64 fuzz(static_cast<std::uint64_t>(now));
  auto uniform = [&fuzz] { return std::uniform_real_distribution<double>(0, 1)(fuzz); };
  if (auto rec = app::record_practice(store_, a, fb.turn->grade.dont_know, srs::SchedulerConfig{}, uniform); !rec)
    return problem(rec.error());
  Json turn = interview::turn_to_json(*fb.turn, bank_, s.row.lang, true, &s.iv.plan());
  Json evidence = Json::object();
  for (const auto& k : fb.turn->grade.keypoints) {
    Json spans = Json::array();
    for (const auto& e : k.evidence) spans.push_back(Json{{"begin", e.begin}, {"end", e.end}});
    evidence[k.id] = spans;
  }
  turn["evidence"] = evidence;
  Json kps = Json::array();
  for (const auto& k : asked.keypoints)
    kps.push_back(Json{{"id", k.id}, {"weight", k.weight}, {"ko", k.text.ko}, {"en", k.text.en}});
  turn["keypoints"] = kps;
  turn["model_answer"] = Json{{"ko", asked.answer.ko}, {"en", asked.answer.en}};
  Json next;
  if (auto* t = std::get_if<interview::AskTail>(&fb.next)) next = Json{{"kind", "tail"}, {"reason", t->reason}};
  if (std::holds_alternative<interview::OfferHint>(fb.next)) {
    auto h = s.iv.hint();
    next = Json{{"kind", "hint"}, {"hint", h ? Json{{"ko", h->ko}, {"en", h->en}} : Json()}};
  }
  if (auto* n = std::get_if<interview::NextRoot>(&fb.next))
    next = Json{{"kind", s.iv.done() ? "done" : "root"}, {"reason", n->reason}};
  if (s.iv.done()) {
    auto rep = interview::make_report(bank_, s.iv.plan(), s.iv.turns(), s.iv.chain_ends());
    if (auto w = store_.set_report(s.row.id, interview::report_to_json(rep).dump()); !w) return problem(w.error());
    if (auto w = store_.end_session(s.row.id, now); !w) return problem(w.error());
    s.row.ended_at_ms = now;
  }
  return json_response(200, Json{{"turn", turn}, {"next", next}, {"state", state_json(s.row, s.iv, now)}}.dump());
}

Response Api::answer(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  auto body = parse_body(r.body);
  if (!body) return problem(body.error());
  auto text = string_field(*body, "answer");
  if (!text) return problem(text.error());
  return with_live(*id, [&](Live& s) { return answer_locked(s, *text); });
}

Response Api::skip(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  return with_live(*id, [&](Live& s) { return answer_locked(s, ""); });
}

Response Api::hint(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  return with_live(*id, [&](Live& s) {
    if (s.iv.done()) return problem(409, "Conflict", "session has ended");
    auto h = s.iv.hint();
    if (!h) return json_response(200, R"({"hint":null,"left":0})");
    return json_response(200, Json{{"hint", Json{{"ko", h->ko}, {"en", h->en}}}}.dump());
  });
}

Response Api::end(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  return with_live(*id, [&](Live& s) {
    const std::int64_t now = clock_.now_ms();
    s.iv.quit();
    Json j = interview::report_to_json(interview::make_report(bank_, s.iv.plan(), s.iv.turns(), s.iv.chain_ends()));
    if (!s.row.ended_at_ms) {
      if (auto w = store_.set_report(s.row.id, j.dump()); !w) return problem(w.error());
      if (auto w = store_.end_session(s.row.id, now); !w) return problem(w.error());
      s.row.ended_at_ms = now;
    }
    return json_response(200, j.dump());
  });
}

Response Api::report(const Request& r) {
  auto id = session_id(r);
  if (!id) return problem(id.error());
  return with_live(*id, [&](Live& s) {
    Json j = interview::report_to_json(interview::make_report(bank_, s.iv.plan(), s.iv.turns(), s.iv.chain_ends()));
    Json turns = Json::array();
    for (const auto& t : s.iv.turns())
      turns.push_back(interview::turn_to_json(t, bank_, s.row.lang, true, &s.iv.plan()));
    j["turns"] = turns;
    j["done"] = s.iv.done();
    return json_response(200, j.dump());
  });
}

}  // namespace kkori::server
