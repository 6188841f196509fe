#include "grade/features.hpp"

#include <algorithm>
#include <cmath>

#include "text/stopwords.hpp"

namespace kkori::grade {
namespace {

bool contains(const std::vector<std::uint64_t>& sorted, std::uint64_t k) {
  return std::binary_search(sorted.begin(), sorted.end(), k);
}

// Character n-grams of the words not in `skip` (skip may be null).
SparseVec grams_without(const Doc& d, const std::vector<std::uint64_t>* skip, const Idf& idf) {
  std::vector<std::uint64_t> keys;
  for (const auto& w : d.an.words) {
    if (skip != nullptr && contains(*skip, w.id)) continue;
    keys.insert(keys.end(), d.an.grams.begin() + w.gram_begin, d.an.grams.begin() + w.gram_end);
  }
  return make_tfidf_vector(std::move(keys), [&](std::uint64_t k) { return idf.gram(k); });
}

// Dice overlap of two words' sorted n-gram sets (1 = same grams): "conected" ~ "connect".
double word_dice(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  if (x.empty() || y.empty()) return 0.0;
  // Dice >= 0.5 needs the smaller set to be at least a third of the larger: skip the merge early.
  if (3 * std::min(x.size(), y.size()) < std::max(x.size(), y.size())) return 0.0;
  std::size_t hit = 0;
  auto i = x.begin(), j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++hit;
      ++i;
      ++j;
    }
  }
  return 2.0 * static_cast<double>(hit) / static_cast<double>(x.size() + y.size());
}

}  // namespace

Doc make_doc(const text::Analyzer& analyzer, std::string_view text, const Idf& idf) {
  Doc d;
  d.an = analyzer.analyze(text);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> content;
  std::vector<std::uint64_t> numbers;
  for (std::uint32_t i = 0; i < d.an.words.size(); ++i) {
    const auto& w = d.an.words[i];
    if (w.negation) ++d.negations;
    if (w.number) numbers.push_back(w.id);
    if (!w.stop) content.emplace_back(w.id, i);
  }
  std::stable_sort(content.begin(), content.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (i > 0 && content[i].first == content[i - 1].first) continue;
    d.content.push_back(content[i].first);
    d.first.push_back(content[i].second);
    const auto& w = d.an.words[content[i].second];
    std::vector<std::uint64_t> g(d.an.grams.begin() + w.gram_begin, d.an.grams.begin() + w.gram_end);
    std::sort(g.begin(), g.end());
    g.erase(std::unique(g.begin(), g.end()), g.end());
    d.word_grams.push_back(std::move(g));
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  d.numbers = std::move(numbers);
  d.grams = make_tfidf_vector(d.an.grams, [&](std::uint64_t k) { return idf.gram(k); });
  return d;
}

void demote(Doc& d, const Doc& question, const Idf& idf) { d.grams_new = grams_without(d, &question.content, idf); }

PairFeatures pair_features(const Doc& answer, const Doc& reference, const Doc* question, const Idf& idf) {
  PairFeatures f;
  f.grams = cosine(answer.grams, reference.grams);
  const std::vector<std::uint64_t>* q = question != nullptr ? &question->content : nullptr;
  f.grams_new = q != nullptr ? cosine(answer.grams_new, reference.grams_new) : f.grams;

  double ref_w = 0, ref_hit = 0, ref_soft = 0, ans_w = 0, ans_hit = 0;
  std::size_t ref_new = 0, ans_new = 0, ans_q = 0, opposites = 0;
  for (std::size_t i = 0; i < reference.content.size(); ++i) {
    std::uint64_t k = reference.content[i];
    if (q != nullptr && contains(*q, k)) continue;
    double w = idf.word(k);
    ++ref_new;
    ref_w += w;
    if (contains(answer.content, k)) {
      ref_hit += w;
      ref_soft += w;
      continue;
    }
    // Unmatched: the closest answer word by n-gram overlap, counted when clearly related.
    const text::Word& rw = reference.an.words[reference.first[i]];
    if (auto opp = text::antonym(rw.stem); !opp.empty() && contains(answer.content, text::hash_bytes(opp))) ++opposites;
    double best = 0.0;
    std::size_t looked = 0;
    for (const auto& ag : answer.word_grams) {
      if (++looked > 300) break;  // bounded time on very long answers
      best = std::max(best, word_dice(reference.word_grams[i], ag));
    }
    if (best >= 0.5) ref_soft += w * best;
  }
  for (std::uint64_t k : answer.content) {
    if (q != nullptr && contains(*q, k)) {
      ++ans_q;
      continue;
    }
    double w = idf.word(k);
    ++ans_new;
    ans_w += w;
    if (contains(reference.content, k)) ans_hit += w;
  }
  f.recall = ref_w > 0 ? ref_hit / ref_w : 0.0;
  f.soft_recall = ref_w > 0 ? ref_soft / ref_w : 0.0;
  f.precision = ans_w > 0 ? ans_hit / ans_w : 0.0;
  f.opposite = ref_new > 0 ? static_cast<double>(opposites) / static_cast<double>(ref_new) : 0.0;
  f.negation = ((answer.negations > 0) != (reference.negations > 0)) ? 1.0 : 0.0;
  f.numbers = (!answer.numbers.empty() && !reference.numbers.empty() && answer.numbers != reference.numbers) ? 1.0 : 0.0;
  f.length = std::log1p(static_cast<double>(ans_new));
  f.ref_length = std::log1p(static_cast<double>(ref_new));
  std::size_t ans_all = ans_new + ans_q;
  f.question_only = ans_all > 0 ? static_cast<double>(ans_q) / static_cast<double>(ans_all) : 0.0;
  return f;
}

}  // namespace kkori::grade
