#include "srs/batch_shuffle.hpp"

#include <bit>
#include <utility>

namespace kkori::srs {

ChaChaRng::ChaChaRng(std::uint64_t state) {
  constexpr std::uint64_t kMul = 6364136223846793005ULL, kInc = 11634580027462260723ULL;
  for (auto& word : key_) {
    state = state * kMul + kInc;
    const auto xorshifted = static_cast<std::uint32_t>(((state >> 18) ^ state) >> 27);
    word = std::rotr(xorshifted, static_cast<int>(state >> 59));
  }
}

ChaChaRng::ChaChaRng(const std::array<std::uint32_t, 8>& key, int rounds) : key_(key), rounds_(rounds) {}

void ChaChaRng::refill() {
  for (std::size_t b = 0; b < 4; ++b) {
    std::array<std::uint32_t, 16> s{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};
    for (std::size_t i = 0; i < 8; ++i) s[4 + i] = key_[i];
    s[12] = static_cast<std::uint32_t>(counter_);
    s[13] = static_cast<std::uint32_t>(counter_ >> 32);
    ++counter_;
    std::array<std::uint32_t, 16> x = s;
    auto qr = [&x](std::size_t a, std::size_t b2, std::size_t c, std::size_t d) {
      x[a] += x[b2], x[d] = std::rotl(x[d] ^ x[a], 16);
      x[c] += x[d], x[b2] = std::rotl(x[b2] ^ x[c], 12);
      x[a] += x[b2], x[d] = std::rotl(x[d] ^ x[a], 8);
      x[c] += x[d], x[b2] = std::rotl(x[b2] ^ x[c], 7);
    };
    for (int r = 0; r < rounds_; r += 2) {
      qr(0, 4, 8, 12), qr(1, 5, 9, 13), qr(2, 6, 10, 14), qr(3, 7, 11, 15);
      qr(0, 5, 10, 15), qr(1, 6, 11, 12), qr(2, 7, 8, 13), qr(3, 4, 9, 14);
    }
    for (std::size_t i = 0; i < 16; ++i) buf_[16 * b + i] = x[i] + s[i];
  }
  pos_ = 0;
}

std::uint32_t ChaChaRng::next_u32() {
  if (pos_ >= buf_.size()) refill();
  return buf_[pos_++];
}

std::uint32_t ChaChaRng::below(std::uint32_t bound) {
  auto wmul = [bound](std::uint32_t v) {
    const std::uint64_t p = static_cast<std::uint64_t>(v) * bound;
    return std::pair{static_cast<std::uint32_t>(p >> 32), static_cast<std::uint32_t>(p)};
  };
  auto [result, lo] = wmul(next_u32());
  if (lo > 0U - bound) {
    const std::uint32_t hi2 = wmul(next_u32()).first;
    if (static_cast<std::uint64_t>(lo) + hi2 > 0xffffffffULL) ++result;
  }
  return result;
}

void shuffle(std::span<std::size_t> v, ChaChaRng& rng) {
  if (v.size() <= 1) return;
  // IncreasingUniform: one draw below (n+1)(n+2)..(n+k) (the largest product under 2^32) yields k indices.
  std::uint32_t n = 0, chunk = 0, remaining = 1;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const std::uint32_t next_n = n + 1;
    std::uint32_t next_remaining;
    if (remaining > 0) {
      next_remaining = remaining - 1;
    } else {
      std::uint64_t product = next_n, current = next_n + 1;
      while (product * current <= 0xffffffffULL) product *= current++;
      chunk = rng.below(static_cast<std::uint32_t>(product));
      next_remaining = static_cast<std::uint32_t>(current - next_n) - 1;
    }
    std::uint32_t index;
    if (next_remaining == 0) {
      index = chunk;
    } else {
      index = chunk % next_n;
      chunk /= next_n;
    }
    remaining = next_remaining;
    n = next_n;
    std::swap(v[i], v[index]);
  }
}

}  // namespace kkori::srs
