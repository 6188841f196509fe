#include "grade/phrases.hpp"

#include <algorithm>

#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::grade {
namespace {

std::string key_of(const Phrase& p) {
  if (p.symbolic) return "=" + p.compact;
  return std::string(reinterpret_cast<const char*>(p.ids.data()), p.ids.size() * sizeof(std::uint64_t));
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    text::next_code_point(s, i);
    ++n;
  }
  return n;
}

}  // namespace

Phrase make_phrase(const text::Analyzer& analyzer, std::string_view text) {
  Phrase p;
  p.ids = analyzer.phrase(text);
  p.compact = text::compact_form(text);
  std::string norm = text::normalize(text);
  bool all_short = true;
  for (const auto& t : text::tokenize(norm)) all_short = all_short && code_points(t.text) <= 1;
  p.symbolic = all_short && !p.compact.empty();
  return p;
}

bool occurs(const text::Analysis& a, const Phrase& p, int sentence) {
  if (p.symbolic) {
    for (std::size_t s = 0; s < a.compact.size(); ++s) {
      if (sentence >= 0 && s != static_cast<std::size_t>(sentence)) continue;
      if (a.compact[s].find(p.compact) != std::string::npos) return true;
    }
    return false;
  }
  const auto& ids = p.ids;
  if (ids.empty() || a.words.size() < ids.size()) return false;
  for (std::size_t i = 0; i + ids.size() <= a.words.size(); ++i) {
    if (a.words[i].id != ids[0]) continue;
    if (sentence >= 0 && a.words[i].sentence != static_cast<std::uint32_t>(sentence)) continue;
    bool all = true;
    for (std::size_t k = 1; k < ids.size() && all; ++k) all = a.words[i + k].id == ids[k];
    if (all) return true;
  }
  return false;
}

std::vector<std::uint32_t> sentences_with(const text::Analysis& a, const Phrase& p) {
  std::vector<std::uint32_t> out;
  if (p.symbolic) {
    for (std::uint32_t s = 0; s < a.compact.size(); ++s)
      if (a.compact[s].find(p.compact) != std::string::npos) out.push_back(s);
    return out;
  }
  const auto& ids = p.ids;
  if (ids.empty() || a.words.size() < ids.size()) return out;
  for (std::size_t i = 0; i + ids.size() <= a.words.size(); ++i) {
    if (a.words[i].id != ids[0]) continue;
    if (!out.empty() && out.back() == a.words[i].sentence) continue;
    bool all = true;
    for (std::size_t k = 1; k < ids.size() && all; ++k) all = a.words[i + k].id == ids[k];
    if (all) out.push_back(a.words[i].sentence);
  }
  return out;
}

ConceptIndex::ConceptIndex(const Glossary& glossary, const text::Analyzer& analyzer) {
  for (const auto& c : glossary.concepts) {
    std::vector<std::pair<Phrase, std::string>> forms;
    for (const auto* list : {&c.ko, &c.en, &c.abbr}) {
      for (const auto& f : *list) {
        Phrase p = make_phrase(analyzer, f);
        if (p.ids.empty() && p.compact.empty()) continue;
        by_.emplace(key_of(p), forms_.size());
        forms.emplace_back(std::move(p), f);
      }
    }
    forms_.push_back(std::move(forms));
  }
}

std::vector<Phrase> ConceptIndex::expand(std::span<const std::string> terms, const text::Analyzer& analyzer,
                                         std::vector<std::string>* texts) const {
  std::vector<Phrase> out;
  auto add = [&](Phrase p, const std::string& text) {
    if ((p.ids.empty() && p.compact.empty()) || std::find(out.begin(), out.end(), p) != out.end()) return;
    out.push_back(std::move(p));
    if (texts != nullptr) texts->push_back(text);
  };
  for (const auto& t : terms) {
    Phrase p = make_phrase(analyzer, t);
    auto it = by_.find(key_of(p));
    add(std::move(p), t);
    if (it != by_.end()) {
      for (const auto& [f, text] : forms_[it->second]) add(f, text);
    }
  }
  return out;
}

}  // namespace kkori::grade
