// Review endpoints: the due queue and reviewing one card.
#include <random>

#include "app/record.hpp"
#include "server/api.hpp"
#include "server/body.hpp"
#include "srs/card.hpp"

namespace kkori::server {

Response Api::due_reviews(const Request& r) {
  int limit = 50;
  if (auto v = r.q("limit")) {
    try {
      limit = std::stoi(*v);
    } catch (const std::exception&) {
      limit = -1;
    }
    if (limit < 1 || limit > 1000) return problem(400, "Bad Request", "query parameter 'limit' must be 1-1000");
  }
  const std::int64_t now = clock_.now_ms();
  std::lock_guard lock(mu_);
  auto due = store_.due_cards(now, limit);
  if (!due) return problem(due.error());
  const srs::SchedulerConfig cfg;
  Json out = Json::array();
  for (const auto& c : *due) {
    const Question* q = bank_.find(c.question_id);
    if (!q) continue;
    const Keypoint* kp = c.kind == CardKind::keypoint ? q->keypoint(c.keypoint_id) : nullptr;
    if (c.kind == CardKind::keypoint && !kp) continue;
    Json j{{"card_id", c.id},      {"kind", c.kind == CardKind::keypoint ? "keypoint" : "question"},
           {"question_id", q->id}, {"prompt", Json{{"ko", q->prompt.ko}, {"en", q->prompt.en}}},
           {"due_ms", c.due_ms},   {"retrievability", srs::retrievability_now(c, now, cfg)},
           {"reps", c.reps}};
    if (kp) j["focus"] = Json{{"id", kp->id}, {"ko", kp->text.ko}, {"en", kp->text.en}};
    out.push_back(j);
  }
  return json_response(200, out.dump());
}

Response Api::review_card(const Request& r) {
  const char* bad_id = "card id must be a positive integer";
  std::int64_t card_id = 0;
  try {
    card_id = std::stoll(r.param("id"));
  } catch (const std::exception&) {  // not a number, or out of range
    return problem(400, "Bad Request", bad_id);
  }
  if (card_id <= 0) return problem(400, "Bad Request", bad_id);
  auto body = parse_body(r.body);
  if (!body) return problem(body.error());
  auto text = string_field(*body, "answer");
  if (!text) return problem(text.error());
  int rating = body->value("rating", 0);
  if (body->contains("rating") && (rating < 1 || rating > 4))
    return problem(400, "Bad Request", "rating must be 1 (Again) to 4 (Easy)");
  const std::int64_t now = clock_.now_ms();
  std::lock_guard lock(mu_);
  auto all = store_.due_cards(0, 0);
  if (!all) return problem(all.error());
  const Card* card = nullptr;
  for (const auto& c : *all)
    if (c.id == card_id) card = &c;
  if (!card) return problem(404, "Not Found", "no card " + std::to_string(card_id));
  const Question* q = bank_.find(card->question_id);
  if (!q) return problem(409, "Conflict", "the bank no longer has question '" + card->question_id + "'");
  auto g = grader_.grade(*q, *text);
  double signal = g.score;
  for (const auto& k : g.keypoints)
    if (card->kind == CardKind::keypoint && k.id == card->keypoint_id) signal = k.coverage;
  srs::Rating suggested = srs::rating_from_score(signal, g.dont_know);
  srs::Rating chosen = rating ? static_cast<srs::Rating>(rating) : suggested;
  Attempt a;
  a.question_id = q->id;
  a.answer = *text;
  a.score = g.score;
  a.coverage = g.coverage();
  a.created_at_ms = now;
  std::mt19937_64 fuzz(static_cast<std::uint64_t>(now));
  auto uniform = [&fuzz] { return std::uniform_real_distribution<double>(0, 1)(fuzz); };
  auto rec = app::record_practice(store_, a, g.dont_know, srs::SchedulerConfig{}, uniform,
                                  std::make_pair(card->keypoint_id, chosen));
  if (!rec) return problem(rec.error());
  std::int64_t due = 0;
  if (auto cards = store_.cards_for_question(q->id))
    for (const auto& c : *cards)
      if (c.id == card_id) due = c.due_ms;
  Json covered = Json::array(), missed = Json::array();
  for (const auto& k : g.keypoints) (k.covered ? covered : missed).push_back(k.id);
  return json_response(200, Json{{"score", g.score},
                                 {"suggested", static_cast<int>(suggested)},
                                 {"rating", static_cast<int>(chosen)},
                                 {"due_ms", due},
                                 {"covered", covered},
                                 {"missed", missed},
                                 {"model_answer", Json{{"ko", q->answer.ko}, {"en", q->answer.en}}}}
                                .dump());
}

}  // namespace kkori::server
