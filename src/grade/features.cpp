#include "grade/features.hpp"

#include <algorithm>
#include <cmath>

namespace kkori::grade {
namespace {

bool contains(const std::vector<std::uint64_t>& sorted, std::uint64_t k) {
  return std::binary_search(sorted.begin(), sorted.end(), k);
}

// Index of `k` in `sorted`, or -1.
long find(const std::vector<std::uint64_t>& sorted, std::uint64_t k) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), k);
  return it != sorted.end() && *it == k ? it - sorted.begin() : -1;
}

bool is_hangul_stem(std::string_view stem) {
  // Hangul syllables (U+AC00..U+D7A3) start with the UTF-8 bytes 0xEA..0xED.
  return !stem.empty() && static_cast<unsigned char>(stem[0]) >= 0xEA && static_cast<unsigned char>(stem[0]) <= 0xED;
}

// Which words a negation governs: English ones the next three ("not connected to"), Korean ones
// the two before them (연결되지 않는다), within the sentence.
std::vector<bool> negation_scope(const text::Analysis& an) {
  std::vector<bool> in(an.words.size(), false);
  for (std::size_t i = 0; i < an.words.size(); ++i) {
    const auto& w = an.words[i];
    if (!w.negation) continue;
    bool korean = is_hangul_stem(w.stem);
    std::size_t lo = korean ? (i >= 2 ? i - 2 : 0) : i + 1;
    std::size_t hi = korean ? i : std::min(an.words.size(), i + 4);
    for (std::size_t j = lo; j < hi; ++j)
      if (an.words[j].sentence == w.sentence) in[j] = true;
  }
  return in;
}

}  // namespace

double best_match(const Doc& from, std::size_t i, const Doc& to, std::vector<std::uint16_t>& hits) {
  if (contains(to.content, from.content[i])) return 1.0;
  const auto g = from.word_grams(i);
  if (g.empty() || to.content.empty()) return 0.0;
  // Shared n-grams per word of `to`, through its (n-gram -> word) index: proportional to the
  // grams that occur, not to the product of the two word counts.
  hits.assign(to.content.size(), 0);
  auto it = to.gram_index.begin();
  for (std::uint64_t k : g) {  // both sorted: one forward pass with galloping lower_bound
    it = std::lower_bound(it, to.gram_index.end(), std::pair<std::uint64_t, std::uint32_t>{k, 0});
    for (; it != to.gram_index.end() && it->first == k; ++it) ++hits[it->second];
  }
  std::size_t best_hit = 0, best_size = 1;
  for (std::size_t j = 0; j < hits.size(); ++j) {
    // hits / (|g| + |g_j|) > best_hit / (|g| + best_size), cross-multiplied
    std::size_t size = g.size() + to.word_grams(j).size();
    if (hits[j] > 0 && hits[j] * best_size > best_hit * size) {
      best_hit = hits[j];
      best_size = size;
    }
  }
  return best_hit == 0 ? 0.0 : 2.0 * static_cast<double>(best_hit) / static_cast<double>(best_size);
}

Doc make_doc(const text::Analyzer& analyzer, std::string_view text, const Idf& idf, const Doc* question) {
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
  std::vector<bool> scope = negation_scope(d.an);
  std::stable_sort(content.begin(), content.end(), [](auto& x, auto& y) { return x.first < y.first; });
  for (auto* v : {&d.content, &d.opposite}) v->reserve(content.size());
  d.first.reserve(content.size());
  d.gram_end.reserve(content.size());
  d.weight.reserve(content.size());
  d.contrast.reserve(content.size());
  d.gram_keys.reserve(d.an.grams.size());
  d.gram_index.reserve(d.an.grams.size());
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (i > 0 && content[i].first == content[i - 1].first) {
      if (scope[content[i].second]) d.negated.back() = true;
      continue;
    }
    const auto& w = d.an.words[content[i].second];
    d.content.push_back(content[i].first);
    d.first.push_back(content[i].second);
    d.negated.push_back(scope[content[i].second]);
    d.weight.push_back(idf.word(w.id));
    auto opp = text::antonym(w.stem);
    d.opposite.push_back(opp.empty() ? 0 : text::hash_bytes(opp));
    d.contrast.push_back(text::contrast(w.stem));
    d.has_contrast = d.has_contrast || d.contrast.back().set > 0;
    const auto b = d.gram_keys.size();
    d.gram_keys.insert(d.gram_keys.end(), d.an.grams.begin() + w.gram_begin, d.an.grams.begin() + w.gram_end);
    std::sort(d.gram_keys.begin() + static_cast<long>(b), d.gram_keys.end());
    d.gram_keys.erase(std::unique(d.gram_keys.begin() + static_cast<long>(b), d.gram_keys.end()), d.gram_keys.end());
    const auto index = static_cast<std::uint32_t>(d.gram_end.size());
    for (auto k = b; k < d.gram_keys.size(); ++k) d.gram_index.emplace_back(d.gram_keys[k], index);
    d.gram_end.push_back(static_cast<std::uint32_t>(d.gram_keys.size()));
  }
  std::sort(d.gram_index.begin(), d.gram_index.end());
  const text::Word* prev = nullptr;
  for (const auto& w : d.an.words) {
    if (w.stop) continue;
    if (prev != nullptr && prev->sentence == w.sentence && prev->id != w.id)
      d.bigrams.push_back((prev->id * 0x9e3779b97f4a7c15ULL) ^ w.id);
    prev = &w;
  }
  std::sort(d.bigrams.begin(), d.bigrams.end());
  d.bigrams.erase(std::unique(d.bigrams.begin(), d.bigrams.end()), d.bigrams.end());
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  d.numbers = std::move(numbers);
  auto gram_idf = [&](std::uint64_t k) { return idf.gram(k); };
  const KeyCounts counts = count_keys(d.an.grams);
  d.grams = make_tfidf_vector(counts, gram_idf);
  if (question != nullptr) {
    // The n-grams of the words the question says, taken out of the counts (one small sort instead
    // of counting the rest again).
    std::vector<std::uint64_t> said;
    for (const auto& w : d.an.words)
      if (contains(question->content, w.id))
        said.insert(said.end(), d.an.grams.begin() + w.gram_begin, d.an.grams.begin() + w.gram_end);
    d.grams_new = said.empty() ? d.grams : make_tfidf_vector(subtract_counts(counts, count_keys(said)), gram_idf);
  }
  return d;
}

PairFeatures pair_features(const Doc& answer, const Doc& reference, const Doc* question, const Idf& /*idf*/) {
  PairFeatures f;
  f.grams = cosine(answer.grams, reference.grams);
  const std::vector<std::uint64_t>* q = question != nullptr ? &question->content : nullptr;
  f.grams_new = q != nullptr ? cosine(answer.grams_new, reference.grams_new) : f.grams;
  f.question_sim = question != nullptr ? cosine(answer.grams, question->grams) : 0.0;
  std::vector<std::uint16_t> hits;

  // The reference's new words: found (same stem), close (n-gram overlap), contradicted, or missed.
  double ref_w = 0, ref_hit = 0, ref_soft = 0, aligned = 0, shared_w = 0, flipped = 0;
  std::size_t ref_new = 0, opposites = 0, unmatched = 0;
  for (std::size_t i = 0; i < reference.content.size(); ++i) {
    std::uint64_t k = reference.content[i];
    if (q != nullptr && contains(*q, k)) continue;
    double w = reference.weight[i];
    ++ref_new;
    ref_w += w;
    if (long j = find(answer.content, k); j >= 0) {
      ref_hit += w;
      ref_soft += w;
      aligned += w;
      shared_w += w;
      if (reference.negated[i] != answer.negated[static_cast<std::size_t>(j)]) flipped += w;
      continue;
    }
    if (reference.opposite[i] != 0 && contains(answer.content, reference.opposite[i])) {
      ++opposites;
    } else if (reference.contrast[i].set > 0 && answer.has_contrast) {
      for (const auto& c : answer.contrast) {
        if (c.set == reference.contrast[i].set && c.member != reference.contrast[i].member) {
          ++opposites;
          break;
        }
      }
    }
    double m = best_match(reference, i, answer, hits);
    aligned += w * m;
    if (m >= 0.5) {
      ref_soft += w * m;
    } else {
      ++unmatched;
    }
  }
  // The answer's new words: in the reference, or close to one of its words.
  double ans_w = 0, ans_hit = 0, ans_aligned = 0;
  std::size_t ans_new = 0, ans_q = 0;
  for (std::size_t i = 0; i < answer.content.size(); ++i) {
    std::uint64_t k = answer.content[i];
    if (q != nullptr && contains(*q, k)) {
      ++ans_q;
      continue;
    }
    double w = answer.weight[i];
    ++ans_new;
    ans_w += w;
    if (contains(reference.content, k)) {
      ans_hit += w;
      ans_aligned += w;
    } else {
      ans_aligned += w * best_match(answer, i, reference, hits);
    }
  }
  std::size_t pairs = 0;
  for (auto b : reference.bigrams) pairs += contains(answer.bigrams, b) ? 1 : 0;

  f.recall = ref_w > 0 ? ref_hit / ref_w : 0.0;
  f.soft_recall = ref_w > 0 ? ref_soft / ref_w : 0.0;
  f.align_recall = ref_w > 0 ? aligned / ref_w : 0.0;
  f.key_recall = f.align_recall;
  f.precision = ans_w > 0 ? ans_hit / ans_w : 0.0;
  f.align_precision = ans_w > 0 ? ans_aligned / ans_w : 0.0;
  f.bigrams =
      reference.bigrams.empty() ? 0.0 : static_cast<double>(pairs) / static_cast<double>(reference.bigrams.size());
  f.opposite = ref_new > 0 ? static_cast<double>(opposites) / static_cast<double>(ref_new) : 0.0;
  f.negation = ((answer.negations > 0) != (reference.negations > 0)) ? 1.0 : 0.0;
  f.neg_mismatch = shared_w > 0 ? flipped / shared_w : 0.0;
  f.numbers =
      (!answer.numbers.empty() && !reference.numbers.empty() && answer.numbers != reference.numbers) ? 1.0 : 0.0;
  f.unmatched = std::log1p(static_cast<double>(unmatched));
  f.length = std::log1p(static_cast<double>(ans_new));
  f.ref_length = std::log1p(static_cast<double>(ref_new));
  std::size_t ans_all = ans_new + ans_q;
  f.question_only = ans_all > 0 ? static_cast<double>(ans_q) / static_cast<double>(ans_all) : 0.0;
  return f;
}

}  // namespace kkori::grade
