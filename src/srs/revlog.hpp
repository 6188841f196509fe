#pragma once
// Review logs in the CSV of the FSRS benchmarks: user_id,card_id,review_time_ms,day,rating
// (header row; review_time_ms may be empty; `day` already applies the day rollover).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kkori::srs {

struct Review {
  std::string user;
  std::string card;
  std::optional<std::int64_t> time_ms;
  std::int64_t day = 0;
  int rating = 3;  // 1 Again, 2 Hard, 3 Good, 4 Easy
  int line = 0;    // 1-based line in the file
};

// Parses the whole text; the first problem is returned with its line ("revlog.csv:7: ...").
// Rejects: a missing header column, a wrong field count, non-numbers, a rating outside 1-4,
// a card whose reviews go back in time (time or day), an empty log.
Result<std::vector<Review>> parse_revlog(std::string_view text, const std::string& file_name);

// One FSRS item: a card's reviews up to and including one with t > 0 (FSRS.md §4.1).
struct Item {
  std::vector<std::pair<int, int>> reviews;  // (rating, elapsed whole days since the previous review)
  std::int64_t sort_time = 0;                // time of the last review, for ordering
  int sort_card = 0;
  int sort_order = 0;
};

// Items of one user's reviews, ordered by the time of their last review.
std::vector<Item> build_items(const std::vector<Review>& reviews);

}  // namespace kkori::srs
