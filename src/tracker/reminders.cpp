#include "tracker/reminders.hpp"

#include <algorithm>
#include <set>

namespace kkori::tracker {

namespace {

std::string lower(const std::string& s) {
  std::string out;
  for (char c : s) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

bool contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

std::string company_key(const std::string& s) {
  std::string out;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
      out += c;
    else if (c >= 'A' && c <= 'Z')
      out += static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

Practice practice_for(const Application& app, const StageEntry& e, std::span<const Application> apps,
                      std::span<const Track> tracks, std::span<const Question> questions, std::size_t max_questions) {
  Practice p;
  p.areas = practice_areas(e.stage, e.type);
  if (!p.areas.empty()) p.track_id = best_track(tracks, p.areas, role_kind(app.role));
  std::set<std::string> seen;
  auto take = [&](const std::string& id) {
    if (p.question_ids.size() < max_questions && seen.insert(id).second) p.question_ids.push_back(id);
  };
  // First what the user heard at the same company, in any application.
  for (const auto& other : apps) {
    if (!same_company(other.company, app.company)) continue;
    for (const auto& h : other.heard) {
      if (!h.question_id.empty())
        take(h.question_id);
      else
        p.heard.push_back(h.text);
    }
  }
  // Then bank questions reported for the company: for this kind of round, then on its areas.
  const std::string_view want = content_stage(e.stage, e.type);
  auto reported = [&](const Question& q, bool by_stage) {
    for (const auto& at : q.seen_at) {
      if (!same_company(at.company, app.company)) continue;
      if (by_stage ? (!want.empty() && at.stage == want)
                   : std::find(p.areas.begin(), p.areas.end(), q.area) != p.areas.end())
        return true;
    }
    return false;
  };
  for (bool by_stage : {true, false})
    for (const auto& q : questions)
      if (reported(q, by_stage)) take(q.id);
  return p;
}

}  // namespace

std::string_view to_string(Reminder::Kind k) { return k == Reminder::Kind::upcoming ? "upcoming" : "no_reply"; }

bool same_company(const std::string& a, const std::string& b) {
  auto ka = company_key(a);
  return !ka.empty() && ka == company_key(b);
}

std::vector<std::string> practice_areas(Stage s, RoundType t) {
  if (s == Stage::coding_test || s == Stage::assignment) return {"cs"};
  if (s != Stage::interview) return {};
  switch (t) {
    case RoundType::technical:
      return {"ml", "dl", "nlp", "cv", "genai", "math", "cs", "mlops"};
    case RoundType::project:
      return {"project"};
    case RoundType::sysdesign:
      return {"sysdesign", "mlops"};
    case RoundType::behavioral:
    case RoundType::executive:
      return {"behavioral"};
    case RoundType::none:
      break;
  }
  return {};
}

std::string role_kind(const std::string& role) {
  const std::string r = lower(role);
  if (contains(r, "research") || contains(r, "연구")) return "research";
  if (contains(r, "solution") || contains(r, "architect") || contains(r, "솔루션")) return "sa";
  if (contains(r, "data scien") || contains(r, "데이터 사이언") || contains(r, "analyst")) return "ds";
  if (contains(r, "software") || contains(r, "mlops") || contains(r, "platform") || contains(r, "backend"))
    return "mlse";
  return "mle";
}

std::string best_track(std::span<const Track> tracks, const std::vector<std::string>& areas,
                       const std::string& role_kind) {
  const Track* best = nullptr;
  double best_score = 0;
  for (const auto& t : tracks) {
    if (t.rounds.empty()) continue;
    int relevant = 0;
    for (const auto& r : t.rounds) {
      bool hit = std::any_of(r.areas.begin(), r.areas.end(), [&](const std::string& a) {
        return std::find(areas.begin(), areas.end(), a) != areas.end();
      });
      relevant += hit;
    }
    if (relevant == 0) continue;
    double score = static_cast<double>(relevant) / static_cast<double>(t.rounds.size());
    if (std::find(t.roles.begin(), t.roles.end(), role_kind) != t.roles.end()) score += 1.0;
    if (score > best_score) {
      best_score = score;
      best = &t;
    }
  }
  return best ? best->id : std::string();
}

std::vector<Reminder> reminders(std::int64_t now_ms, std::span<const Application> apps, std::span<const Track> tracks,
                                std::span<const Question> questions, const ReminderOptions& opt) {
  std::vector<Reminder> upcoming, waiting;
  const std::int64_t horizon = now_ms + static_cast<std::int64_t>(opt.upcoming_days) * kDayMs;
  for (const auto& a : apps) {
    if (outcome(a) != Outcome::active) continue;
    for (const auto& e : a.stages) {
      if (e.at_ms <= now_ms || e.at_ms > horizon) continue;
      Reminder r{Reminder::Kind::upcoming,
                 a.id,
                 a.company,
                 a.role,
                 e,
                 static_cast<int>((e.at_ms - now_ms) / kDayMs),
                 practice_for(a, e, apps, tracks, questions, static_cast<std::size_t>(opt.max_questions))};
      upcoming.push_back(std::move(r));
    }
    if (!awaits_reply(a.current()) || a.last_at_ms() > now_ms) continue;
    const int days = static_cast<int>((now_ms - a.last_at_ms()) / kDayMs);
    if (days < opt.no_reply_days) continue;
    StageEntry last =
        a.stages.empty() ? StageEntry{0, Stage::applied, 0, RoundType::none, a.applied_at_ms, ""} : a.stages.back();
    waiting.push_back(Reminder{Reminder::Kind::no_reply, a.id, a.company, a.role, last, days, {}});
  }
  std::stable_sort(upcoming.begin(), upcoming.end(),
                   [](const Reminder& x, const Reminder& y) { return x.entry.at_ms < y.entry.at_ms; });
  std::stable_sort(waiting.begin(), waiting.end(),
                   [](const Reminder& x, const Reminder& y) { return x.days > y.days; });
  upcoming.insert(upcoming.end(), std::make_move_iterator(waiting.begin()), std::make_move_iterator(waiting.end()));
  return upcoming;
}

}  // namespace kkori::tracker
