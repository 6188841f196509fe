#pragma once
// Dates and date ranges in a line ("2022.03 – 2023.02", "2021년 3월 ~ 현재", "Mar 2021 – Present",
// "(2020-2022)"), so entries can be recognised by their dates, titles cleaned of them, and
// numbers inside them never read as claims.
#include <cstddef>
#include <optional>
#include <string_view>

namespace kkori::resume {

struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The first run of date tokens joined by range separators (–, -, ~, to, 부터/까지), widened to
// enclosing brackets, as offsets into `s`; nullopt when `s` holds no date.
std::optional<ByteRange> find_dates(std::string_view s);

// True when the whole of `s` is dates and separators, perhaps with a few short words
// ("2022.03 – 현재", "(2021 - 2022)").
bool is_date_only(std::string_view s);

}  // namespace kkori::resume
