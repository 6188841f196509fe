#include "resume/concepts.hpp"

#include <algorithm>

#include "text/stem.hpp"
#include "text/unicode.hpp"

namespace kkori::resume {

namespace {

bool alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

bool hangul_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return false;
  std::size_t j = i;
  return text::is_hangul_syllable(text::next_code_point(s, j));
}

// The Hangul syllable that ends just before byte `i`, if any.
bool hangul_before(std::string_view s, std::size_t i) { return i >= 3 && hangul_at(s, i - 3); }

// The lookup key of folded text at `i`: the ASCII word there, two Hangul syllables, or one
// other code point. Empty when nothing can start there.
std::string key_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || s[i] == ' ') return {};
  if (alnum(s[i])) {
    std::size_t j = i;
    while (j < s.size() && alnum(s[j])) ++j;
    return std::string(s.substr(i, j - i));
  }
  std::size_t j = i;
  char32_t cp = text::next_code_point(s, j);
  if (text::is_hangul_syllable(cp)) {
    if (!hangul_at(s, j)) return {};  // one syllable alone names too many things
    text::next_code_point(s, j);
  }
  return std::string(s.substr(i, j - i));
}

// A Korean form may be followed by particles and endings ("양자화로", "증류를 통해") but not by
// more of a longer word ("파이프" is not in "파이프라인").
bool korean_end_ok(std::string_view s, std::string_view form, std::size_t e) {
  if (form.size() < 3 || !hangul_before(form, form.size()) || !hangul_at(s, e)) return true;
  std::size_t rest_end = e;
  while (hangul_at(s, rest_end)) rest_end += 3;
  std::size_t last = form.rfind(' ');
  std::string_view tail = last == std::string_view::npos ? form : form.substr(last + 1);
  std::string word = std::string(tail) + std::string(s.substr(e, rest_end - e));
  return text::strip_korean_suffix(word) == tail;
}

}  // namespace

ConceptFinder::ConceptFinder(const Glossary& glossary) : glossary_(glossary) {
  for (std::size_t ci = 0; ci < glossary.concepts.size(); ++ci) {
    const Concept& c = glossary.concepts[ci];
    for (const auto* list : {&c.ko, &c.en, &c.abbr})
      for (const auto& f : *list) {
        Form form{fold_phrase(f), {}, ci};
        if (form.folded.size() < 2) continue;
        bool ascii = std::all_of(f.begin(), f.end(), [](char ch) { return alnum(ch); });
        if (ascii && f.size() <= 3) form.exact = f;
        if (key_at(form.folded, 0).empty()) continue;
        forms_.push_back(std::move(form));
      }
  }
  // Longest first, so the first form that matches at a position is the one kept.
  std::stable_sort(forms_.begin(), forms_.end(),
                   [](const Form& a, const Form& b) { return a.folded.size() > b.folded.size(); });
  for (std::size_t i = 0; i < forms_.size(); ++i) {
    std::string k = key_at(forms_[i].folded, 0);
    // A Latin form's key is its whole first word; an ASCII form of one word is looked up by itself.
    by_key_[k].push_back(i);
  }
}

std::vector<ConceptHit> ConceptFinder::find(std::string_view original, std::size_t begin, std::size_t end,
                                            const std::vector<Line>& lines) const {
  std::vector<ConceptHit> hits;
  Folded f = fold(original, begin, end);
  const std::string& s = f.text;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t next = i + 1;
    while (next < s.size() && (static_cast<unsigned char>(s[next]) & 0xC0) == 0x80) ++next;
    const bool word_start = alnum(s[i]) ? (i == 0 || !alnum(s[i - 1])) : true;
    std::string key = word_start ? key_at(s, i) : std::string();
    auto it = key.empty() ? by_key_.end() : by_key_.find(key);
    if (it != by_key_.end()) {
      for (std::size_t fi : it->second) {
        const Form& form = forms_[fi];
        const std::string& p = form.folded;
        if (s.compare(i, p.size(), p) != 0) continue;
        std::size_t e = i + p.size();
        // Korean: a two-syllable form must start a word ("분류" is not inside "미분류").
        if (hangul_at(p, 0) && p.size() <= 6 && hangul_before(s, i)) continue;
        if (!korean_end_ok(s, p, e)) continue;
        if (alnum(p.back()) && e < s.size() && alnum(s[e])) {
          bool plural = s[e] == 's' && (e + 1 >= s.size() || !alnum(s[e + 1])) && p.size() >= 3;
          if (!plural) continue;
        }
        std::size_t ob = f.original_begin(i), oe = f.original_end(e);
        if (!form.exact.empty() && original.substr(ob, oe - ob) != form.exact) continue;
        hits.push_back(ConceptHit{form.concept_index, Span{ob, oe, line_at(lines, ob), line_at(lines, oe)}});
        next = e;
        break;
      }
    }
    i = next;
    // Latin words are looked up only at their start.
    if (i < s.size() && i > 0 && alnum(s[i]) && alnum(s[i - 1]))
      while (i < s.size() && alnum(s[i])) ++i;
  }
  return hits;
}

}  // namespace kkori::resume
