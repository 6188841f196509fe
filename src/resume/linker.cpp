#include "resume/linker.hpp"

#include <algorithm>

#include "resume/fold.hpp"
#include "resume/keywords.hpp"

namespace kkori::resume {

BankLinker::BankLinker(const bank::Bank& bank) : bank_(bank) {
  for (const auto& q : bank.questions) {
    if (q.area == "project" || q.area == "behavioral") continue;
    Entry e{&q, {}, {}, {}, {}};
    e.slug = fold_phrase(q.id.substr(q.id.find('.') + 1));
    e.prompt = fold_phrase(q.prompt.ko + " \n " + q.prompt.en);
    for (const auto& t : q.tags) e.tags += fold_phrase(t) + " \n ";
    for (const auto& k : q.keypoints)
      for (const auto& t : k.terms) e.terms += fold_phrase(t) + " \n ";
    entries_.push_back(std::move(e));
  }
}

Links BankLinker::links(const Concept& c, std::size_t limit) const {
  std::vector<std::string> forms;
  for (const auto* list : {&c.ko, &c.en, &c.abbr})
    for (const auto& f : *list) {
      std::string x = fold_phrase(f);
      if (x.size() >= 2) forms.push_back(std::move(x));
    }
  const std::string id = fold_phrase(c.id);
  auto any = [&](const std::string& hay, std::size_t min_len) {
    for (const auto& f : forms)
      if (f.size() >= min_len && has_word(hay, f)) return true;
    return false;
  };
  std::vector<Link> out;
  Links r;
  for (const auto& e : entries_) {
    int score = 0;
    if (e.slug == id)
      score = 7;
    else if (has_word(e.slug, id))
      score = 6;
    else if (any(e.slug, 3))
      score = 5;
    if (any(e.prompt, 2)) score = std::max(score, 3) + (score > 0 ? 1 : 0);
    const bool named = score > 0;
    const bool tagged = has_word(e.tags, id) || any(e.tags, 3), termed = any(e.terms, 2);
    if (tagged) score += 1;
    if (termed) score += 1;
    if (score == 0) continue;
    if (named) ++r.naming;
    out.push_back(Link{e.question, score});
  }
  std::sort(out.begin(), out.end(), [&](const Link& a, const Link& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.question->level != b.question->level) return a.question->level < b.question->level;
    return a.question->id < b.question->id;
  });
  if (out.size() > limit) out.resize(limit);
  r.best = std::move(out);
  return r;
}

}  // namespace kkori::resume
