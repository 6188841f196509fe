#include "cli/track_view.hpp"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <ostream>
#include <regex>

#include "cli/term.hpp"

namespace kkori::cli {

using tracker::Stage;

std::optional<std::int64_t> parse_date(const std::string& s) {
  static const std::regex re(R"((\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?)");
  std::smatch m;
  if (!std::regex_match(s, m, re)) return std::nullopt;
  std::tm tm{};
  tm.tm_year = std::stoi(m[1]) - 1900;
  tm.tm_mon = std::stoi(m[2]) - 1;
  tm.tm_mday = std::stoi(m[3]);
  tm.tm_hour = m[4].matched ? std::stoi(m[4]) : 0;
  tm.tm_min = m[5].matched ? std::stoi(m[5]) : 0;
  tm.tm_isdst = -1;
  if (tm.tm_mon > 11 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59) return std::nullopt;
  const int want_mday = tm.tm_mday;
  std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1) || tm.tm_mday != want_mday) return std::nullopt;  // 2025-02-30
  return static_cast<std::int64_t>(t) * 1000;
}

namespace {
std::string strftime_ms(std::int64_t ms, const char* fmt) {
  std::time_t t = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  localtime_r(&t, &tm);
  char buf[40];
  std::strftime(buf, sizeof buf, fmt, &tm);
  return buf;
}
}  // namespace

std::string format_date(std::int64_t ms) { return strftime_ms(ms, "%Y-%m-%d"); }

std::string format_datetime(std::int64_t ms) {
  std::string hm = strftime_ms(ms, "%H:%M");
  return hm == "00:00" ? format_date(ms) : strftime_ms(ms, "%Y-%m-%d %H:%M");
}

std::string stage_label(const tracker::StageEntry& e) {
  if (e.stage != Stage::interview) return std::string(tracker::to_string(e.stage));
  return "interview #" + std::to_string(e.round) + " (" + std::string(tracker::to_string(e.type)) + ")";
}

void print_application_row(Context& ctx, const tracker::Application& a) {
  const auto o = tracker::outcome(a);
  Color c = o == tracker::Outcome::active                                       ? Color::none
            : (o == tracker::Outcome::offer || o == tracker::Outcome::accepted) ? Color::green
                                                                                : Color::dim;
  std::string stage = a.stages.empty() ? std::string("applied") : stage_label(a.stages.back());
  char id[16];
  std::snprintf(id, sizeof id, "%4lld", static_cast<long long>(a.id));
  ctx.out << id << "  " << pad_cols(truncate_cols(a.company, 16), 16) << "  " << pad_cols(truncate_cols(a.role, 20), 20)
          << "  " << paint(ctx, c, pad_cols(stage, 26)) << "  " << format_date(a.last_at_ms()) << "\n";
}

void print_timeline(Context& ctx, const tracker::Application& a, std::int64_t now_ms) {
  ctx.out << paint(ctx, Color::bold, a.company + " — " + a.role) << "  (#" << a.id << ", "
          << tracker::to_string(a.source) << ", " << tracker::to_string(tracker::outcome(a)) << ")\n";
  struct Line {
    std::int64_t at;
    int order;
    std::string text;
    bool future;
  };
  std::vector<Line> lines;
  lines.push_back({a.applied_at_ms, 0, tr(ctx, "지원", "applied"), a.applied_at_ms > now_ms});
  for (const auto& s : a.stages) {
    std::string t = stage_label(s);
    if (!s.note.empty()) t += " — " + s.note;
    for (const auto& h : a.heard)
      if (h.stage_id == s.id)
        t += "\n      ? " + h.text + (h.question_id.empty() ? "" : "  → " + h.question_id) + "  [#" +
             std::to_string(h.id) + "]";
    lines.push_back({s.at_ms, 1, t, s.at_ms > now_ms});
  }
  for (const auto& n : a.notes) lines.push_back({n.at_ms, 2, std::string(tr(ctx, "메모: ", "note: ")) + n.text, false});
  std::stable_sort(lines.begin(), lines.end(), [](const Line& x, const Line& y) { return x.at < y.at; });
  for (const auto& l : lines) {
    ctx.out << "  " << paint(ctx, l.future ? Color::cyan : Color::dim, format_datetime(l.at)) << "  "
            << (l.future ? paint(ctx, Color::cyan, std::string(tr(ctx, "(예정) ", "(scheduled) "))) : std::string())
            << l.text << "\n";
  }
  std::vector<const tracker::Heard*> loose;
  for (const auto& h : a.heard)
    if (h.stage_id == 0 || !a.stage(h.stage_id)) loose.push_back(&h);
  if (!loose.empty()) {
    ctx.out << "  " << tr(ctx, "라운드 없이 기록한 질문:", "Heard, no round:") << "\n";
    for (const auto* h : loose)
      ctx.out << "      ? " << h->text << (h->question_id.empty() ? "" : "  → " + h->question_id) << "  [#" << h->id
              << "]\n";
  }
}

void print_reminder(Context& ctx, const tracker::Reminder& r) {
  const std::string who = r.company + " (" + r.role + ", #" + std::to_string(r.application_id) + ")";
  if (r.kind == tracker::Reminder::Kind::no_reply) {
    ctx.out << paint(ctx, Color::yellow, tr(ctx, "답 없음 ", "no reply ")) << who << ": " << stage_label(r.entry) << " "
            << format_date(r.entry.at_ms) << tr(ctx, " 이후 ", ", ") << r.days << tr(ctx, "일째", " days ago") << "\n";
    return;
  }
  ctx.out << paint(ctx, Color::cyan, tr(ctx, "예정 ", "upcoming ")) << who << ": " << stage_label(r.entry) << " "
          << format_datetime(r.entry.at_ms) << " ("
          << (r.days == 0 ? std::string(tr(ctx, "오늘/내일", "within a day"))
                          : std::to_string(r.days) + tr(ctx, "일 후", " days"))
          << ")\n";
  const auto& p = r.practice;
  if (!p.track_id.empty())
    ctx.out << "    " << tr(ctx, "연습: ", "practise: ") << "kkori interview --track " << p.track_id << "\n";
  if (!p.question_ids.empty()) {
    ctx.out << "    " << tr(ctx, "이 회사에서 나온 질문: ", "asked at this company: ");
    for (std::size_t i = 0; i < p.question_ids.size(); ++i) ctx.out << (i ? ", " : "") << p.question_ids[i];
    ctx.out << "\n";
  }
  for (const auto& h : p.heard) ctx.out << "    ? " << h << "\n";
}

void print_funnel(Context& ctx, const tracker::Funnel& f) {
  const int top = std::max(1, f.reached[0]);
  for (int i = 0; i < tracker::kFunnelSteps; ++i) {
    const int n = f.reached[static_cast<std::size_t>(i)];
    std::string bar(static_cast<std::size_t>(n * 30 / top), '#');
    ctx.out << pad_cols(tracker::to_string(static_cast<tracker::FunnelStep>(i)), 12) << " " << pad_cols(bar, 30) << " "
            << n << "\n";
  }
  ctx.out << tr(ctx, "진행 중 ", "active ") << f.active << " · " << tr(ctx, "오퍼 ", "offers ") << f.offers << " · "
          << tr(ctx, "수락 ", "accepted ") << f.accepted << " · " << tr(ctx, "거절함 ", "declined ") << f.declined
          << " · " << tr(ctx, "불합격 ", "rejected ") << f.rejected << " · " << tr(ctx, "철회 ", "withdrawn ")
          << f.withdrawn << "\n";
}

}  // namespace kkori::cli
