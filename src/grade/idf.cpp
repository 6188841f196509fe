#include "grade/idf.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "grade/bytes.hpp"

namespace kkori::grade {

void Idf::add_document(const text::Analysis& a) {
  frozen_ = false;
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
  auto it = df.find(k);
  return weight_of(it == df.end() ? 0 : it->second);
}

double Idf::weight_of(std::uint32_t df) const {
  if (docs_ == 0) return 1.0;
  double w = std::log((1.0 + docs_) / (1.0 + df)) + 1.0;
  return power_ == 1.0 ? w : std::pow(w, power_);
}

void Idf::freeze() {
  if (frozen_) return;
  unseen_ = weight_of(0);
  word_table_.build(words_, *this);
  gram_table_.build(grams_, *this);
  frozen_ = true;
}

void Idf::Table::build(const std::unordered_map<std::uint64_t, std::uint32_t>& df, const Idf& idf) {
  std::size_t size = 16;
  shift_ = 60;
  while (size < 2 * df.size()) size *= 2, --shift_;
  mask_ = size - 1;
  keys_.assign(size, kEmpty);
  weights_.assign(size, 0.0);
  has_empty_key_ = false;
  for (const auto& [k, n] : df) {
    const double w = idf.weight_of(n);
    if (k == kEmpty) {
      has_empty_key_ = true;
      empty_key_weight_ = w;
      continue;
    }
    std::size_t i = slot(k);
    while (keys_[i] != kEmpty) i = (i + 1) & mask_;
    keys_[i] = k;
    weights_[i] = w;
  }
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
