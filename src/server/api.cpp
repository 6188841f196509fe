#include "server/api.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <map>

#include "server/api_judge.hpp"
#include "server/api_resume.hpp"
#include "server/body.hpp"
#include "server/live.hpp"
#include "srs/card.hpp"

namespace kkori::server {

Api::Api(const bank::Bank& bank, const interview::AnswerGrader& grader, store::Store& store, const Clock& clock)
    : bank_(bank), grader_(grader), store_(store), clock_(clock) {
  if (auto idx = bank::SearchIndex::build(bank_)) index_ = std::make_unique<bank::SearchIndex>(std::move(*idx));
}

Api::~Api() = default;

std::vector<Route> Api::routes() {
  auto bind = [this](Response (Api::*fn)(const Request&)) {
    return [this, fn](const Request& r) { return (this->*fn)(r); };
  };
  std::vector<Route> out = {
      {"GET", "/api/v1/health", [](const Request&) { return json_response(200, R"({"status":"ok"})"); }, "liveness"},
      {"GET", "/api/v1/questions", bind(&Api::list_questions), "list or search questions"},
      {"GET", "/api/v1/questions/{id}", bind(&Api::get_question), "one question with its chain"},
      {"GET", "/api/v1/tracks", bind(&Api::list_tracks), "interview tracks"},
      {"POST", "/api/v1/grade", bind(&Api::grade), "grade an answer"},
      {"GET", "/api/v1/sessions", bind(&Api::list_sessions), "recent sessions"},
      {"POST", "/api/v1/sessions", bind(&Api::create_session), "start a drill or an interview"},
      {"GET", "/api/v1/sessions/{id}", bind(&Api::get_session), "session state and current question"},
      {"POST", "/api/v1/sessions/{id}/answer", bind(&Api::answer), "answer the current question"},
      {"POST", "/api/v1/sessions/{id}/hint", bind(&Api::hint), "next hint"},
      {"POST", "/api/v1/sessions/{id}/skip", bind(&Api::skip), "pass (I don't know)"},
      {"POST", "/api/v1/sessions/{id}/end", bind(&Api::end), "end the session"},
      {"GET", "/api/v1/sessions/{id}/report", bind(&Api::report), "the session's report"},
      {"GET", "/api/v1/attempts", bind(&Api::attempts), "attempt history"},
      {"GET", "/api/v1/stats", bind(&Api::stats), "dashboard statistics"},
      {"GET", "/api/v1/reviews/due", bind(&Api::due_reviews), "cards due for review"},
      {"POST", "/api/v1/reviews/{id}", bind(&Api::review_card), "review one card"},
  };
  for (auto& r : tracker_routes()) out.push_back(std::move(r));
  for (auto& r : resume_routes(bank_)) out.push_back(std::move(r));
  for (auto& r : resume_store_routes()) out.push_back(std::move(r));
  for (auto& r : judge_routes([this] { return judge_; })) out.push_back(std::move(r));
  return out;
}

namespace {

Json question_summary(const Question& q, bool tail) {
  return Json{{"id", q.id},       {"area", q.area}, {"level", q.level},
              {"roles", q.roles}, {"tail", tail},   {"prompt", Json{{"ko", q.prompt.ko}, {"en", q.prompt.en}}}};
}

}  // namespace

Response Api::list_questions(const Request& r) {
  auto limit = int_query(r, "limit", 50, 1, 1000);
  if (!limit) return problem(limit.error());
  auto level = int_query(r, "level", 0, 0, 3);
  if (!level) return problem(level.error());
  std::string area = r.q("area").value_or("");
  std::string role = r.q("role").value_or("");
  std::string text = r.q("q").value_or("");
  if (!area.empty() && !is_area(area)) return problem(400, "Bad Request", "unknown area '" + area + "'");
  auto keep = [&](const Question& q) {
    if (!area.empty() && q.area != area) return false;
    if (*level && q.level != *level) return false;
    if (!role.empty() && std::find(q.roles.begin(), q.roles.end(), role) == q.roles.end()) return false;
    return true;
  };
  Json out = Json::array();
  if (!text.empty() && index_) {
    auto hits = index_->search(text, 500);
    if (!hits) return problem(hits.error());
    for (const auto& h : *hits) {
      if (!keep(*h.question)) continue;
      Json j = question_summary(*h.question, bank_.is_tail(h.question->id));
      j["score"] = h.score;
      out.push_back(j);
      if (static_cast<int>(out.size()) >= *limit) break;
    }
  } else {
    for (const auto& q : bank_.questions) {
      if (!keep(q)) continue;
      out.push_back(question_summary(q, bank_.is_tail(q.id)));
      if (static_cast<int>(out.size()) >= *limit) break;
    }
  }
  return json_response(200, out.dump());
}

Response Api::get_question(const Request& r) {
  const Question* q = bank_.find(r.param("id"));
  if (!q) return problem(404, "Not Found", "no question with id '" + r.param("id") + "'");
  Json j = question_summary(*q, bank_.is_tail(q->id));
  j["answer"] = Json{{"ko", q->answer.ko}, {"en", q->answer.en}};
  Json kps = Json::array();
  for (const auto& k : q->keypoints)
    kps.push_back(Json{{"id", k.id}, {"weight", k.weight}, {"ko", k.text.ko}, {"en", k.text.en}, {"terms", k.terms}});
  j["keypoints"] = kps;
  Json fus = Json::array();
  for (const auto& f : q->followups) {
    const Question* t = bank_.find(f.target);
    Json when;
    if (std::holds_alternative<WhenAlways>(f.when)) when = "always";
    if (auto* m = std::get_if<WhenMentions>(&f.when)) when = Json{{"mentions", m->terms}};
    if (auto* m = std::get_if<WhenMissed>(&f.when)) when = Json{{"missed", m->keypoint}};
    if (auto* m = std::get_if<WhenCovered>(&f.when)) when = Json{{"covered", m->keypoint}};
    fus.push_back(Json{
        {"id", f.target}, {"when", when}, {"prompt", t ? Json{{"ko", t->prompt.ko}, {"en", t->prompt.en}} : Json()}});
  }
  j["followups"] = fus;
  Json parents = Json::array();
  for (const auto& p : bank_.questions)
    for (const auto& f : p.followups)
      if (f.target == q->id) parents.push_back(p.id);
  j["parents"] = parents;
  Json hints = Json::array();
  for (const auto& h : q->hints) hints.push_back(Json{{"ko", h.ko}, {"en", h.en}});
  j["hints"] = hints;
  Json seen = Json::array();
  for (const auto& s : q->seen_at) seen.push_back(Json{{"company", s.company}, {"stage", s.stage}});
  j["seen_at"] = seen;
  j["chain_depth"] = bank_.chain_depth(q->id);
  return json_response(200, j.dump());
}

Response Api::list_tracks(const Request&) {
  Json out = Json::array();
  for (const auto& t : bank_.tracks) {
    Json rounds = Json::array();
    int minutes = 0;
    for (const auto& r : t.rounds) {
      minutes += r.minutes;
      rounds.push_back(Json{{"id", r.id},
                            {"name", Json{{"ko", r.name.ko}, {"en", r.name.en}}},
                            {"areas", r.areas},
                            {"count", r.count},
                            {"minutes", r.minutes}});
    }
    out.push_back(Json{{"id", t.id},
                       {"name", Json{{"ko", t.name.ko}, {"en", t.name.en}}},
                       {"description", Json{{"ko", t.description.ko}, {"en", t.description.en}}},
                       {"minutes", minutes},
                       {"rounds", rounds}});
  }
  return json_response(200, out.dump());
}

Response Api::grade(const Request& r) {
  auto body = parse_body(r.body);
  if (!body) return problem(body.error());
  auto answer = string_field(*body, "answer");
  if (!answer) return problem(answer.error());
  auto qid = string_field(*body, "question_id", false);
  if (!qid) return problem(qid.error());
  Question adhoc;
  const Question* q = nullptr;
  if (!qid->empty()) {
    q = bank_.find(*qid);
    if (!q) return problem(404, "Not Found", "no question with id '" + *qid + "'");
  } else {
    auto ref = string_field(*body, "reference", false);
    if (!ref) return problem(ref.error());
    if (ref->empty()) return problem(400, "Bad Request", "give 'question_id' or 'reference'");
    auto prompt = string_field(*body, "question", false);
    if (!prompt) return problem(prompt.error());
    adhoc.id = "adhoc.reference";
    adhoc.prompt = Bilingual{*prompt, *prompt};
    adhoc.answer = Bilingual{*ref, *ref};
    q = &adhoc;
  }
  auto g = grader_.grade(*q, *answer);
  Json covered = Json::array(), missed = Json::array();
  for (const auto& k : g.keypoints) {
    const Keypoint* kp = q->keypoint(k.id);
    Json spans = Json::array();
    for (const auto& e : k.evidence) spans.push_back(Json{{"begin", e.begin}, {"end", e.end}});
    Json item{{"id", k.id}, {"coverage", k.coverage}};
    if (kp) item["text"] = Json{{"ko", kp->text.ko}, {"en", kp->text.en}};
    if (k.covered) {
      item["evidence"] = spans;
      covered.push_back(item);
    } else {
      missed.push_back(item);
    }
  }
  return json_response(200, Json{{"score", g.score},
                                 {"dont_know", g.dont_know},
                                 {"covered", covered},
                                 {"missed", missed},
                                 {"model_answer", Json{{"ko", q->answer.ko}, {"en", q->answer.en}}}}
                                .dump());
}

Response Api::attempts(const Request& r) {
  auto limit = int_query(r, "limit", 50, 1, 5000);
  if (!limit) return problem(limit.error());
  store::AttemptFilter f;
  f.limit = *limit;
  f.question_id = r.q("question_id").value_or("");
  std::lock_guard lock(mu_);
  auto rows = store_.attempts(f);
  if (!rows) return problem(rows.error());
  Json out = Json::array();
  for (const auto& a : *rows) {
    Json cov = Json::array();
    for (const auto& c : a.coverage)
      cov.push_back(Json{{"keypoint", c.keypoint}, {"coverage", c.coverage}, {"covered", c.covered}});
    out.push_back(Json{{"id", a.id},
                       {"question_id", a.question_id},
                       {"answer", a.answer},
                       {"lang", to_string(a.lang)},
                       {"score", a.score},
                       {"session_id", a.session_id},
                       {"created_at_ms", a.created_at_ms},
                       {"coverage", cov}});
  }
  return json_response(200, out.dump());
}

Response Api::stats(const Request&) {
  std::vector<Attempt> rows;
  std::vector<Card> cards;
  {
    std::lock_guard lock(mu_);
    store::AttemptFilter f;
    f.limit = 100000;
    auto got = store_.attempts(f);
    if (!got) return problem(got.error());
    rows = std::move(*got);
    auto c = store_.due_cards(0, 0);
    if (!c) return problem(c.error());
    cards = std::move(*c);
  }
  // Reviews due today and over the next 30 days (overdue cards count as today).
  const srs::SchedulerConfig sched;
  const std::int64_t today = srs::day_index(clock_.now_ms(), sched);
  std::vector<int> forecast(30, 0);
  for (const auto& c : cards) {
    std::int64_t d = std::max<std::int64_t>(0, srs::day_index(c.due_ms, sched) - today);
    if (d < 30) ++forecast[static_cast<std::size_t>(d)];
  }
  // Mastery per area: the mean of each answered question's latest score; coverage of the bank.
  std::map<std::string, int> totals;
  for (const auto& q : bank_.questions) ++totals[q.area];
  std::map<std::string, std::pair<double, std::int64_t>> latest;             // question -> (score, time)
  std::map<std::string, std::pair<double, int>> by_day;                      // yyyy-mm-dd -> (sum, n)
  std::map<std::pair<std::string, std::string>, std::pair<double, int>> kp;  // (question, keypoint) -> (sum, n)
  for (const auto& a : rows) {
    auto& l = latest[a.question_id];
    if (a.created_at_ms >= l.second) l = {a.score, a.created_at_ms};
    std::time_t t = static_cast<std::time_t>(a.created_at_ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char day[16];
    std::strftime(day, sizeof day, "%Y-%m-%d", &tm);
    auto& d = by_day[day];
    d.first += a.score;
    ++d.second;
    for (const auto& c : a.coverage) {
      auto& k = kp[{a.question_id, c.keypoint}];
      k.first += c.coverage;
      ++k.second;
    }
  }
  std::map<std::string, std::pair<double, int>> area;
  for (const auto& [qid, l] : latest) {
    const Question* q = bank_.find(qid);
    if (!q) continue;
    auto& a = area[q->area];
    a.first += l.first;
    ++a.second;
  }
  Json areas = Json::array();
  for (const auto& [name, total] : totals) {
    auto it = area.find(name);
    int answered = it == area.end() ? 0 : it->second.second;
    double mastery = answered ? it->second.first / answered : 0.0;
    areas.push_back(Json{{"area", name}, {"questions", total}, {"answered", answered}, {"mastery", mastery}});
  }
  Json days = Json::array();
  for (const auto& [day, d] : by_day)
    days.push_back(Json{{"day", day}, {"mean_score", d.first / d.second}, {"attempts", d.second}});
  std::vector<std::tuple<double, std::string, std::string, int>> weak;
  weak.reserve(kp.size());
  for (const auto& [key, v] : kp) weak.emplace_back(v.first / v.second, key.first, key.second, v.second);
  std::sort(weak.begin(), weak.end());
  Json weakest = Json::array();
  for (std::size_t i = 0; i < weak.size() && i < 10; ++i) {
    auto& [cov, qid, kid, n] = weak[i];
    const Question* q = bank_.find(qid);
    const Keypoint* k = q ? q->keypoint(kid) : nullptr;
    Json item{{"question_id", qid}, {"keypoint", kid}, {"coverage", cov}, {"attempts", n}};
    if (k) item["text"] = Json{{"ko", k->text.ko}, {"en", k->text.en}};
    weakest.push_back(item);
  }
  return json_response(200, Json{{"attempts", rows.size()},
                                 {"questions_answered", latest.size()},
                                 {"cards", cards.size()},
                                 {"due_today", forecast[0]},
                                 {"forecast", forecast},
                                 {"areas", areas},
                                 {"days", days},
                                 {"weakest_keypoints", weakest}}
                                .dump());
}

}  // namespace kkori::server
