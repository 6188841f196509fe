#include "bank/validate.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "text/unicode.hpp"

namespace kkori::bank {

namespace {

Error located(std::string msg, const Location& at) { return Error{Errc::invalid_input, std::move(msg), at}; }

std::string short_loc(const Location& l) { return l.file + ":" + std::to_string(l.line) + ":" + std::to_string(l.col); }

void check_questions(const Bank& bank, Diagnostics& diag) {
  std::unordered_map<std::string, const Question*> first;
  for (const auto& q : bank.questions) {
    if (q.id.empty()) continue;
    auto [it, fresh] = first.emplace(q.id, &q);
    if (!fresh)
      diag.errors.push_back(located(
          "duplicate question id '" + q.id + "' (first defined at " + short_loc(it->second->where) + ")", q.where));
  }
  for (const auto& q : bank.questions) {
    for (const auto& f : q.followups) {
      if (!f.target.empty() && !first.contains(f.target))
        diag.errors.push_back(
            located(q.id + ": followup target '" + f.target + "' does not exist in the bank", f.where));
    }
  }
  // Content guideline of the bank (docs/content-format.md): technical roots deserve tail questions.
  static constexpr std::array<std::string_view, 7> kDeepAreas = {"ml", "dl", "nlp", "cv", "genai", "math", "mlops"};
  for (const auto& q : bank.questions) {
    bool deep = std::find(kDeepAreas.begin(), kDeepAreas.end(), q.area) != kDeepAreas.end();
    if (deep && !bank.is_tail(q.id) && q.followups.size() < 2)
      diag.warnings.push_back(located(q.id + ": a root in '" + q.area + "' should have at least 2 followups", q.where));
  }
}

void check_glossary(const Bank& bank, Diagnostics& diag) {
  std::unordered_map<std::string, const Concept*> ids;
  std::unordered_map<std::string, const Concept*> forms;
  for (const auto& c : bank.glossary.concepts) {
    if (c.id.empty()) continue;
    if (auto [it, fresh] = ids.emplace(c.id, &c); !fresh)
      diag.errors.push_back(located(
          "duplicate concept id '" + c.id + "' (first defined at " + short_loc(it->second->where) + ")", c.where));
    auto check = [&](const std::vector<std::string>& list) {
      for (const auto& form : list) {
        auto key = text::normalize(form);
        auto [it, fresh] = forms.emplace(key, &c);
        if (!fresh && it->second != &c)
          diag.errors.push_back(located(
              "surface form '" + form + "' of concept '" + c.id + "' already names concept '" + it->second->id + "'",
              c.where));
      }
    };
    check(c.ko);
    check(c.en);
    check(c.abbr);
  }
}

void check_tracks(const Bank& bank, Diagnostics& diag) {
  std::map<std::string, const Track*> ids;
  for (const auto& t : bank.tracks) {
    if (auto [it, fresh] = ids.emplace(t.id, &t); !fresh && !t.id.empty())
      diag.errors.push_back(located("duplicate track id '" + t.id + "'", t.where));
    for (const auto& r : t.rounds) {
      int roots = 0;
      for (const auto& q : bank.questions) {
        bool area = std::find(r.areas.begin(), r.areas.end(), q.area) != r.areas.end();
        bool level = r.levels.empty() || std::find(r.levels.begin(), r.levels.end(), q.level) != r.levels.end();
        if (area && level && !bank.is_tail(q.id)) ++roots;
      }
      if (roots < r.count)
        diag.warnings.push_back(located("track '" + t.id + "' round '" + r.id + "' asks " + std::to_string(r.count) +
                                            " questions but the bank has " + std::to_string(roots) +
                                            " matching root questions",
                                        t.where));
    }
  }
}

}  // namespace

void validate_bank(const Bank& bank, Diagnostics& diag) {
  check_questions(bank, diag);
  check_glossary(bank, diag);
  check_tracks(bank, diag);
}

}  // namespace kkori::bank
