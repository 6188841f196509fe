#include "resume/sections.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "resume/fold.hpp"

namespace kkori::resume {

namespace {

// Words that make a heading a projects/experience section on their own.
constexpr std::array<std::string_view, 22> kStrongProject = {
    "project",    "projects", "experience", "experiences", "경력",     "경력사항", "프로젝트", "경험",
    "인턴",       "인턴십",   "internship", "internships", "활동",     "대외활동", "연구",     "research",
    "employment", "career",   "work",       "이력",        "오픈소스", "portfolio"};
// Other words that may appear in a projects heading ("Selected Work", "주요 수행 프로젝트").
constexpr std::array<std::string_view, 21> kProjectFill = {
    "selected", "key",  "major",  "professional", "personal",   "side",     "relevant",
    "history",  "open", "source", "주요",         "업무",       "직무",     "개인",
    "사이드",   "수행", "참여",   "사항",         "activities", "academic", "기술서"};
constexpr std::array<std::string_view, 58> kOther = {
    "education",    "학력",     "skills",   "skill",        "technical",      "tech",         "stack",
    "기술",         "보유",     "스택",     "tools",        "certifications", "certificates", "certification",
    "자격증",       "자격",     "awards",   "award",        "수상",           "honors",       "languages",
    "language",     "어학",     "외국어",   "publications", "논문",           "patents",      "특허",
    "contact",      "연락처",   "summary",  "요약",         "about",          "me",           "소개",
    "자기소개",     "profile",  "프로필",   "interests",    "관심",           "관심사",       "references",
    "links",        "링크",     "training", "교육",         "courses",        "coursework",   "objective",
    "목표",         "병역",     "military", "information",  "인적사항",       "기타",         "학술",
    "competencies", "strengths"};
constexpr std::array<std::string_view, 6> kJoiners = {"and", "&", "및", "/", "·", "+"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::vector<std::string> words_of(std::string_view line) {
  std::string f = fold_phrase(line);
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    // Drop numbering and decorations: "1.", "Ⅰ.", "【", "】", ":".
    while (!cur.empty() && std::string_view(":.)]】」>").find(cur.back()) != std::string_view::npos) cur.pop_back();
    if (!cur.empty() && std::all_of(cur.begin(), cur.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }))
      cur.clear();
    if (!cur.empty()) words.push_back(cur);
    cur.clear();
  };
  for (std::size_t i = 0; i < f.size(); ++i) {
    char c = f[i];
    if (c == ' ' || c == ':' || c == '[' || c == '(' || c == ')' || c == ']') {
      flush();
    } else {
      cur += c;
    }
  }
  flush();
  // Strip decoration symbols that stand alone (■, ▶, 【, 】, 「, 」, <, >).
  std::erase_if(words, [](const std::string& w) {
    return w == "■" || w == "▶" || w == "【" || w == "】" || w == "「" || w == "」" || w == "<" || w == ">" ||
           w == "□" || w == "●" || w == "◆" || w == "=";
  });
  for (auto& w : words) {
    for (std::string_view deco : {"【", "「", "<"})
      if (w.starts_with(deco)) w.erase(0, deco.size());
    for (std::string_view deco : {"】", "」", ">"})
      if (w.ends_with(deco)) w.erase(w.size() - deco.size());
  }
  std::erase_if(words, [](const std::string& w) { return w.empty(); });
  return words;
}

}  // namespace

SectionKind section_kind(std::string_view line) {
  if (line.size() > 60) return SectionKind::none;
  auto words = words_of(line);
  if (words.empty() || words.size() > 5) return SectionKind::none;
  bool strong = false, other = false;
  for (const auto& w : words) {
    if (in(kStrongProject, w)) {
      strong = true;
    } else if (in(kOther, w)) {
      other = true;
    } else if (!in(kProjectFill, w) && !in(kJoiners, w)) {
      // "경력사항", "기술스택": Korean compounds of known words.
      bool compound = false;
      for (auto a : kStrongProject)
        if (w.starts_with(a) && (in(kProjectFill, w.substr(a.size())) || in(kOther, w.substr(a.size())))) {
          compound = true;
          strong = true;
        }
      for (auto a : kOther)
        if (w.starts_with(a) && w.size() > a.size() && in(kOther, w.substr(a.size()))) {
          compound = true;
          other = true;
        }
      if (!compound) return SectionKind::none;
    }
  }
  if (strong) return SectionKind::projects;
  if (other) return SectionKind::other;
  return SectionKind::none;
}

}  // namespace kkori::resume
