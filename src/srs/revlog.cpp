#include "srs/revlog.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

namespace kkori::srs {

namespace {

std::vector<std::string_view> split(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == sep) {
      out.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool to_int(std::string_view s, std::int64_t& v) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() && !s.empty();
}

}  // namespace

Result<std::vector<Review>> parse_revlog(std::string_view text, const std::string& file) {
  auto err = [&](int line, const std::string& msg) {
    return fail(Errc::invalid_input, msg, Location{file, line, 0, {}});
  };
  std::vector<std::string_view> lines = split(text, '\n');
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  if (lines.empty())
    return err(1, "the review log is empty (expected a header: user_id,card_id,review_time_ms,day,rating)");
  auto strip = [](std::string_view s) { return !s.empty() && s.back() == '\r' ? s.substr(0, s.size() - 1) : s; };
  auto header = split(strip(lines[0]), ',');
  std::map<std::string, int> col;
  for (std::size_t i = 0; i < header.size(); ++i) col[std::string(header[i])] = static_cast<int>(i);
  for (const char* need : {"user_id", "card_id", "review_time_ms", "day", "rating"})
    if (!col.contains(need)) return err(1, std::string("header lacks the column '") + need + "'");
  std::vector<Review> out;
  std::unordered_map<std::string, std::size_t> last_of_card;
  for (std::size_t n = 1; n < lines.size(); ++n) {
    const int line_no = static_cast<int>(n) + 1;
    std::string_view line = strip(lines[n]);
    if (line.empty()) continue;
    auto f = split(line, ',');
    if (f.size() != header.size())
      return err(line_no, "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(f.size()));
    Review r;
    r.line = line_no;
    r.user = f[static_cast<std::size_t>(col["user_id"])];
    r.card = f[static_cast<std::size_t>(col["card_id"])];
    if (r.card.empty()) return err(line_no, "empty card_id");
    std::string_view t = f[static_cast<std::size_t>(col["review_time_ms"])];
    if (!t.empty()) {
      std::int64_t v = 0;
      if (!to_int(t, v)) return err(line_no, "review_time_ms '" + std::string(t) + "' is not an integer");
      r.time_ms = v;
    }
    std::string_view d = f[static_cast<std::size_t>(col["day"])];
    if (!to_int(d, r.day)) return err(line_no, "day '" + std::string(d) + "' is not an integer");
    std::int64_t g = 0;
    std::string_view gs = f[static_cast<std::size_t>(col["rating"])];
    if (!to_int(gs, g) || g < 1 || g > 4)
      return err(line_no, "unknown rating '" + std::string(gs) + "' (1 Again, 2 Hard, 3 Good, 4 Easy)");
    r.rating = static_cast<int>(g);
    if (auto it = last_of_card.find(r.card); it != last_of_card.end()) {
      const Review& prev = out[it->second];
      if (r.day < prev.day || (r.time_ms && prev.time_ms && *r.time_ms < *prev.time_ms))
        return err(line_no, "card " + r.card + " goes back in time (line " + std::to_string(prev.line) + " is later)");
    }
    last_of_card[r.card] = out.size();
    out.push_back(std::move(r));
  }
  if (out.empty()) return err(1, "the review log has a header but no reviews");
  return out;
}

std::vector<Item> build_items(const std::vector<Review>& reviews) {
  std::unordered_map<std::string, int> card_index;
  std::unordered_map<std::string, std::vector<std::size_t>> by_card;
  std::vector<std::string> order;
  for (std::size_t i = 0; i < reviews.size(); ++i) {
    const auto& r = reviews[i];
    if (!card_index.contains(r.card)) {
      card_index[r.card] = static_cast<int>(card_index.size()) + 1;
      order.push_back(r.card);
    }
    by_card[r.card].push_back(i);
  }
  std::vector<Item> items;
  for (const auto& card : order) {
    auto& idx = by_card[card];
    auto key = [&](std::size_t i) { return reviews[i].time_ms.value_or(reviews[i].day); };
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    Item cur;
    std::optional<std::int64_t> prev_day;
    for (std::size_t i : idx) {
      const Review& r = reviews[i];
      int dt = prev_day ? static_cast<int>(std::max<std::int64_t>(0, r.day - *prev_day)) : 0;
      cur.reviews.emplace_back(r.rating, dt);
      prev_day = r.day;
      if (cur.reviews.size() > 1 && dt > 0) {
        Item it = cur;
        it.sort_time = r.time_ms.value_or(r.day * 86'400'000);
        it.sort_card = card_index[card];
        it.sort_order = static_cast<int>(i);
        items.push_back(std::move(it));
      }
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    if (a.sort_time != b.sort_time) return a.sort_time < b.sort_time;
    if (a.sort_card != b.sort_card) return a.sort_card < b.sort_card;
    return a.sort_order < b.sort_order;
  });
  return items;
}

}  // namespace kkori::srs
