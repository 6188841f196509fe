#pragma once
// The batch order of the fsrs-rs trainer, reproduced bit for bit: fsrs-rs shuffles the indices of its
// length-sorted batches once per epoch with Rust's `rand` 0.9 — `StdRng::seed_from_u64(2023)` (ChaCha12
// keyed by a PCG32 stream) and `SliceRandom::shuffle` (Fisher-Yates driven by `IncreasingUniform`, which
// draws one bounded number for several swaps). Matching it makes the optimiser's fits equal to fsrs-rs's
// (docs/srs.md, "Optimiser"); any other generator gives an equally valid but different fit.
#include <array>
#include <cstdint>
#include <span>

namespace kkori::srs {

class ChaChaRng {
 public:
  // rand_core's seed_from_u64: the 32-byte key from a PCG32 stream, 12 rounds, stream 0.
  explicit ChaChaRng(std::uint64_t seed);
  // A raw key and round count (20 = the RFC 8439 block function, for the known-answer test).
  ChaChaRng(const std::array<std::uint32_t, 8>& key, int rounds);

  std::uint32_t next_u32();
  // rand 0.9 `random_range(0..bound)` for u32 (Canon's method: one extra draw when the first is biased).
  std::uint32_t below(std::uint32_t bound);

 private:
  void refill();
  std::array<std::uint32_t, 8> key_{};
  int rounds_ = 12;
  std::uint64_t counter_ = 0;
  std::array<std::uint32_t, 64> buf_{};  // four 16-word blocks, as rand_chacha buffers them
  std::size_t pos_ = 64;
};

// rand 0.9 `SliceRandom::shuffle`.
void shuffle(std::span<std::size_t> v, ChaChaRng& rng);

}  // namespace kkori::srs
