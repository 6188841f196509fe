#include "tracker/personal.hpp"

#include <algorithm>

namespace kkori::tracker {

namespace {

bool slug_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

bool valid_slug(std::string_view s) {
  if (s.empty() || s.front() == '-') return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return slug_char(c) || c == '-'; });
}

std::unexpected<Error> bad(const Question& q, const std::string& msg, const char* field) {
  return fail(Errc::invalid_input, (q.id.empty() ? std::string("personal question") : q.id) + ": " + msg,
              Location{{}, 0, 0, field});
}

void fill(std::string& a, const std::string& b) {
  if (a.empty()) a = b;
}

}  // namespace

bool is_personal_id(std::string_view id) { return id.starts_with(kPersonalPrefix); }

std::string content_id(std::string_view personal_id) {
  return std::string(is_personal_id(personal_id) ? personal_id.substr(kPersonalPrefix.size()) : personal_id);
}

Lang guess_lang(std::string_view text) {
  // Hangul syllables are U+AC00..U+D7A3: lead bytes 0xEA..0xED in UTF-8.
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xEA && b <= 0xED) return Lang::ko;
  }
  return Lang::en;
}

std::string make_personal_id(const std::string& area, const std::string& text, const std::set<std::string>& taken) {
  std::string slug, word;
  int words = 0;
  auto flush = [&] {
    if (word.empty() || words >= 5) return word.clear();
    slug += (slug.empty() ? "" : "-") + word;
    ++words;
    word.clear();
  };
  for (char c : text) {
    char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (slug_char(l))
      word += l;
    else
      flush();
  }
  flush();
  if (slug.empty()) slug = "heard";
  std::string base = std::string(kPersonalPrefix) + area + "." + slug;
  std::string id = base;
  for (int n = 2; taken.contains(id); ++n) id = base + "-" + std::to_string(n);
  return id;
}

Result<Question> new_personal(const PersonalDraft& d, const std::set<std::string>& taken) {
  Question q;
  q.area = d.area;
  if (!is_area(d.area))
    return fail(Errc::invalid_input,
                "unknown area '" + d.area +
                    "' (one of ml, dl, nlp, cv, genai, math, cs, linux, "
                    "mlops, sysdesign, project, behavioral)",
                Location{{}, 0, 0, "area"});
  if (d.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return fail(Errc::invalid_input, "the question text is empty", Location{{}, 0, 0, "text"});
  q.id = make_personal_id(d.area, d.text, taken);
  q.level = d.level;
  if (d.role_kind.empty())
    for (auto r : kRoles) q.roles.emplace_back(r);
  else
    q.roles = {d.role_kind};
  q.tags = {"heard"};
  const Lang l = guess_lang(d.text);
  (l == Lang::ko ? q.prompt.ko : q.prompt.en) = d.text;
  (l == Lang::ko ? q.answer.ko : q.answer.en) = d.answer;
  if (!d.company.empty()) q.seen_at.push_back(SeenAt{d.company, d.role_kind, d.stage});
  if (auto ok = check_personal(q); !ok) return std::unexpected(ok.error());
  return q;
}

Result<void> check_personal(const Question& q) {
  if (!is_personal_id(q.id)) return bad(q, "a personal question id starts with 'me.'", "id");
  const std::string cid = content_id(q.id);
  if (!is_area(q.area)) return bad(q, "unknown area '" + q.area + "'", "area");
  if (!cid.starts_with(q.area + ".") || !valid_slug(cid.substr(q.area.size() + 1)))
    return bad(q, "id must look like me." + q.area + ".<slug> with [a-z0-9-]", "id");
  if (q.level < 1 || q.level > 3) return bad(q, "level must be 1, 2 or 3", "level");
  if (q.roles.empty()) return bad(q, "roles must not be empty", "roles");
  for (const auto& r : q.roles)
    if (!is_role(r)) return bad(q, "unknown role '" + r + "'", "roles");
  if (q.prompt.ko.empty() && q.prompt.en.empty()) return bad(q, "the prompt is empty", "prompt");
  std::set<std::string> kp_ids;
  for (const auto& k : q.keypoints) {
    if (!valid_slug(k.id)) return bad(q, "keypoint id '" + k.id + "' must match [a-z0-9-]+", "keypoints");
    if (!kp_ids.insert(k.id).second) return bad(q, "duplicate keypoint id '" + k.id + "'", "keypoints");
    if (!(k.weight > 0)) return bad(q, "keypoint '" + k.id + "': weight must be positive", "keypoints");
    if (k.text.ko.empty() && k.text.en.empty()) return bad(q, "keypoint '" + k.id + "' has no text", "keypoints");
    if (k.terms.empty()) return bad(q, "keypoint '" + k.id + "' needs terms", "keypoints");
  }
  if (q.hints.size() > 3) return bad(q, "at most 3 hints", "hints");
  for (const auto& s : q.seen_at) {
    if (s.company.empty()) return bad(q, "seen_at needs a company", "seen_at");
    if (!s.stage.empty() && !is_stage(s.stage)) return bad(q, "unknown stage '" + s.stage + "'", "seen_at");
    if (!s.role.empty() && !is_role(s.role)) return bad(q, "unknown role '" + s.role + "'", "seen_at");
  }
  return {};
}

bool gradeable(const Question& q) { return !q.answer.ko.empty() || !q.answer.en.empty(); }

int merge_personal(bank::Bank& bank, std::span<const Question> personal) {
  int n = 0;
  for (const auto& p : personal) {
    if (!gradeable(p) || bank.find(p.id)) continue;
    Question q = p;
    fill(q.prompt.ko, p.prompt.en);
    fill(q.prompt.en, p.prompt.ko);
    fill(q.answer.ko, p.answer.en);
    fill(q.answer.en, p.answer.ko);
    for (auto& k : q.keypoints) {
      fill(k.text.ko, k.text.en);
      fill(k.text.en, k.text.ko);
    }
    for (auto& h : q.hints) {
      fill(h.ko, h.en);
      fill(h.en, h.ko);
    }
    q.followups.clear();  // personal questions do not chain into the bank (targets may be gone)
    bank.questions.push_back(std::move(q));
    ++n;
  }
  if (n) bank.reindex();
  return n;
}

}  // namespace kkori::tracker
