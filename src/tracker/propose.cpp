#include "tracker/propose.hpp"

#include <algorithm>
#include <set>

#include "text/stopwords.hpp"

namespace kkori::tracker {

namespace {

std::set<std::string> content_terms(const std::string& s) {
  std::set<std::string> out;
  for (auto& t : bank::index_terms(s))
    if (!text::is_stop_word(t)) out.insert(std::move(t));
  return out;
}

double dice(const std::set<std::string>& a, const std::set<std::string>& b) {
  if (a.empty() || b.empty()) return 0.0;
  std::size_t common = 0;
  for (const auto& t : a) common += b.contains(t);
  return 2.0 * static_cast<double>(common) / static_cast<double>(a.size() + b.size());
}

}  // namespace

double term_similarity(const std::string& a, const std::string& b) { return dice(content_terms(a), content_terms(b)); }

Result<std::vector<Proposal>> propose(const bank::SearchIndex& index, const std::string& heard, int limit) {
  std::vector<Proposal> out;
  if (limit <= 0) return out;
  auto hits = index.search(heard, std::max(10, limit * 3));
  if (!hits) return std::unexpected(hits.error());
  const auto mine = content_terms(heard);
  for (const auto& h : *hits) {
    double sim =
        std::max(dice(mine, content_terms(h.question->prompt.ko)), dice(mine, content_terms(h.question->prompt.en)));
    out.push_back(Proposal{h.question, sim, h.score});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Proposal& a, const Proposal& b) { return a.similarity > b.similarity; });
  if (static_cast<int>(out.size()) > limit) out.resize(static_cast<std::size_t>(limit));
  return out;
}

}  // namespace kkori::tracker
