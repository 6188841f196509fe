#pragma once
// Reminders computed from the clock the caller passes in (never read here): applications waiting
// for a reply too long after their last step, and upcoming rounds with what to practise for them.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/question.hpp"
#include "core/track.hpp"
#include "tracker/application.hpp"

namespace kkori::tracker {

// What to practise before a round.
struct Practice {
  std::string track_id;            // `kkori interview --track <id>`; "" when no track fits
  std::vector<std::string> areas;  // the areas that round type asks about
  // Questions asked at the company: those the user heard there and linked first, then bank
  // questions reported there (seen_at) for this kind of round, then on the round's areas.
  std::vector<std::string> question_ids;
  std::vector<std::string> heard;  // heard at the company but not linked to a question
};

struct Reminder {
  enum class Kind { upcoming, no_reply };
  Kind kind = Kind::upcoming;
  std::int64_t application_id = 0;
  std::string company;
  std::string role;
  StageEntry entry;   // the upcoming round, or the step still waiting for a reply
  int days = 0;       // upcoming: days until it (0 = today); no_reply: whole days since it
  Practice practice;  // upcoming only
};

struct ReminderOptions {
  int no_reply_days = 7;   // remind once a step has had no answer for this many days
  int upcoming_days = 14;  // look this far ahead for scheduled steps
  int max_questions = 10;  // at most this many practice questions per reminder
};

std::string_view to_string(Reminder::Kind k);

// Upcoming steps first (soonest first), then waits (longest first). Only active applications.
std::vector<Reminder> reminders(std::int64_t now_ms, std::span<const Application> apps, std::span<const Track> tracks,
                                std::span<const Question> questions, const ReminderOptions& opt = {});

// The areas a round type covers: technical -> ml, dl, cs, math, ...; sysdesign -> sysdesign;
// project -> project; behavioral and executive -> behavioral. Other stages: coding_test/assignment
// -> cs; screening/reference checks: none.
std::vector<std::string> practice_areas(Stage s, RoundType t);

// One of core/question.hpp's kRoles guessed from a free-text role ("Research Intern" -> research,
// "Solutions Architect" -> sa, "Data Scientist" -> ds, "ML Software Engineer"/"MLOps" -> mlse, else mle).
std::string role_kind(const std::string& role);

// The track that best fits practising `areas` for `role_kind`: the share of its rounds about those
// areas, plus one when the track lists the role; ties go to the first track. "" when none fits.
std::string best_track(std::span<const Track> tracks, const std::vector<std::string>& areas,
                       const std::string& role_kind);

// Company names compare case-insensitively, ignoring spaces and punctuation ("Naver Cloud" ==
// "naver-cloud"; Hangul is kept as is).
bool same_company(const std::string& a, const std::string& b);

}  // namespace kkori::tracker
