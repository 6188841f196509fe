#pragma once
// Little-endian, fixed-width reading and writing of the shipped grading data (idf.hpp,
// grade_data.hpp). Reading never goes past the end: a short blob is an error with its offset.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kkori::grade {

class ByteWriter {
 public:
  void u32(std::uint32_t v) { put(v, 4); }
  void u64(std::uint64_t v) { put(v, 8); }
  void raw(std::string_view s) { out_.append(s); }
  void str(std::string_view s) {
    u32(static_cast<std::uint32_t>(s.size()));
    out_.append(s);
  }
  std::string take() && { return std::move(out_); }

 private:
  void put(std::uint64_t v, int n) {
    for (int i = 0; i < n; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  std::string out_;
};

class ByteReader {
 public:
  ByteReader(std::string_view bytes, std::string_view origin) : in_(bytes), origin_(origin) {}

  Result<std::uint32_t> u32(std::string_view what) {
    auto v = get(4, what);
    if (!v) return std::unexpected(v.error());
    return static_cast<std::uint32_t>(*v);
  }
  Result<std::uint64_t> u64(std::string_view what) { return get(8, what); }
  Result<std::string_view> bytes(std::size_t n, std::string_view what) {
    if (n > remaining()) return error("truncated " + std::string(what));
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  Result<std::string_view> str(std::string_view what) {
    auto n = u32(what);
    if (!n) return std::unexpected(n.error());
    return bytes(*n, what);
  }

  std::size_t remaining() const { return in_.size() - pos_; }
  std::unexpected<Error> error(const std::string& msg) const {
    return fail(Errc::parse, "at byte " + std::to_string(pos_) + ": " + msg, Location{std::string(origin_), 0, 0, {}});
  }

 private:
  Result<std::uint64_t> get(std::size_t n, std::string_view what) {
    if (n > remaining()) return error("truncated " + std::string(what));
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < n; ++i) v |= std::uint64_t{static_cast<unsigned char>(in_[pos_ + i])} << (8 * i);
    pos_ += n;
    return v;
  }
  std::string_view in_;
  std::string_view origin_;
  std::size_t pos_ = 0;
};

}  // namespace kkori::grade
