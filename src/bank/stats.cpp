#include "bank/stats.hpp"

#include <algorithm>

namespace kkori::bank {

Stats compute_stats(const Bank& bank) {
  Stats s;
  s.glossary = static_cast<int>(bank.glossary.concepts.size());
  s.tracks = static_cast<int>(bank.tracks.size());
  for (const auto& q : bank.questions) {
    AreaStats& a = s.by_area[q.area];
    ++s.questions;
    ++a.questions;
    ++a.by_level[q.level];
    if (bank.is_tail(q.id)) {
      ++s.tails;
      ++a.tails;
    } else {
      int d = bank.chain_depth(q.id);
      a.max_chain_depth = std::max(a.max_chain_depth, d);
      s.max_chain_depth = std::max(s.max_chain_depth, d);
    }
  }
  return s;
}

}  // namespace kkori::bank
