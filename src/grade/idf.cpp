#include "grade/idf.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "grade/bytes.hpp"

namespace kkori::grade {

void Idf::add_document(const text::Analysis& a) {
  ++docs_;
  std::vector<std::uint64_t> w, g(a.grams);
  for (const auto& word : a.words) w.push_back(word.id);
  for (auto* v : {&w, &g}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  for (auto k : w) ++words_[k];
  for (auto k : g) ++grams_[k];
}

double Idf::weight(const std::unordered_map<std::uint64_t, std::uint32_t>& df, std::uint64_t k) const {
  if (docs_ == 0) return 1.0;
  auto it = df.find(k);
  double n = it == df.end() ? 0.0 : it->second;
  double w = std::log((1.0 + docs_) / (1.0 + n)) + 1.0;
  return power_ == 1.0 ? w : std::pow(w, power_);
}

std::string Idf::to_bytes() const {
  ByteWriter out;
  out.u32(docs_);
  for (const auto* table : {&words_, &grams_}) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted(table->begin(), table->end());
    std::sort(sorted.begin(), sorted.end());
    out.u32(static_cast<std::uint32_t>(sorted.size()));
    for (const auto& [k, df] : sorted) {
      out.u64(k);
      out.u32(df);
    }
  }
  return std::move(out).take();
}

Result<Idf> Idf::from_bytes(std::string_view bytes, std::string_view origin) {
  ByteReader in(bytes, origin);
  Idf idf;
  auto docs = in.u32("document count");
  if (!docs) return std::unexpected(docs.error());
  idf.docs_ = *docs;
  for (auto [table, what] : {std::pair{&idf.words_, "word table"}, std::pair{&idf.grams_, "n-gram table"}}) {
    auto n = in.u32(what);
    if (!n) return std::unexpected(n.error());
    if (*n > in.remaining() / 12) return in.error(std::string(what) + " claims more entries than the data holds");
    table->reserve(*n);
    std::uint64_t prev = 0;
    for (std::uint32_t i = 0; i < *n; ++i) {
      auto k = in.u64(what);
      auto df = in.u32(what);
      if (!k || !df) return in.error(std::string("truncated ") + what);
      if (i > 0 && *k <= prev) return in.error(std::string(what) + " keys are not ascending");
      if (*df == 0 || *df > idf.docs_) return in.error(std::string(what) + ": frequency out of range");
      prev = *k;
      table->emplace(*k, *df);
    }
  }
  if (in.remaining() != 0) return in.error("trailing bytes after the n-gram table");
  return idf;
}

}  // namespace kkori::grade
