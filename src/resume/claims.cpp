#include "resume/claims.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "resume/dates.hpp"
#include "resume/fold.hpp"
#include "resume/keywords.hpp"

namespace kkori::resume {

namespace {

enum class Unit { none, time, duration, point, percent, multiple, count, rate, money, size, gpu, team };

struct UnitForm {
  std::string_view text;
  Unit unit;
};

// Longest forms first within each script, so "개월" wins over "개" and "ms" over "m".
constexpr std::array<UnitForm, 82> kUnits = {{
    {"퍼센트포인트", Unit::point},
    {"밀리초", Unit::time},
    {"퍼센트", Unit::percent},
    {"포인트", Unit::point},
    {"시간", Unit::time},
    {"개월", Unit::duration},
    {"만원", Unit::money},
    {"억원", Unit::money},
    {"달러", Unit::money},
    {"문장", Unit::count},
    {"건/초", Unit::rate},
    {"건/일", Unit::rate},
    {"초", Unit::time},
    {"분", Unit::time},
    {"일", Unit::duration},
    {"주", Unit::duration},
    {"달", Unit::duration},
    {"년", Unit::duration},
    {"배", Unit::multiple},
    {"건", Unit::count},
    {"개", Unit::count},
    {"장", Unit::count},
    {"명", Unit::count},
    {"회", Unit::count},
    {"편", Unit::count},
    {"쌍", Unit::count},
    {"원", Unit::money},
    {"인", Unit::team},
    {"requests/s", Unit::rate},
    {"tokens/s", Unit::rate},
    {"documents", Unit::count},
    {"sentences", Unit::count},
    {"examples", Unit::count},
    {"requests", Unit::count},
    {"minutes", Unit::time},
    {"seconds", Unit::time},
    {"samples", Unit::count},
    {"records", Unit::count},
    {"queries", Unit::count},
    {"percent", Unit::percent},
    {"months", Unit::duration},
    {"second", Unit::time},
    {"images", Unit::count},
    {"tokens", Unit::count},
    {"points", Unit::point},
    {"clicks", Unit::count},
    {"videos", Unit::count},
    {"weeks", Unit::duration},
    {"years", Unit::duration},
    {"hours", Unit::time},
    {"users", Unit::count},
    {"pairs", Unit::count},
    {"items", Unit::count},
    {"calls", Unit::count},
    {"times", Unit::multiple},
    {"tok/s", Unit::rate},
    {"month", Unit::duration},
    {"image", Unit::count},
    {"req/s", Unit::rate},
    {"rows", Unit::count},
    {"docs", Unit::count},
    {"days", Unit::duration},
    {"msec", Unit::time},
    {"secs", Unit::time},
    {"mins", Unit::time},
    {"gpus", Unit::gpu},
    {"it/s", Unit::rate},
    {"hour", Unit::time},
    {"%pt", Unit::point},
    {"gpu", Unit::gpu},
    {"qps", Unit::rate},
    {"rps", Unit::rate},
    {"tps", Unit::rate},
    {"fps", Unit::rate},
    {"sec", Unit::time},
    {"min", Unit::time},
    {"hrs", Unit::time},
    {"usd", Unit::money},
    {"krw", Unit::money},
    {"%p", Unit::point},
    {"pp", Unit::point},
    {"ms", Unit::time},
}};
// Units of one character, tried last.
constexpr std::array<UnitForm, 6> kShortUnits = {{
    {"%", Unit::percent},
    {"x", Unit::multiple},
    {"×", Unit::multiple},
    {"s", Unit::time},
    {"h", Unit::time},
    {"배", Unit::multiple},
}};
constexpr std::array<std::string_view, 9> kMagnitudes = {"백만", "천만", "십만", "만", "천", "억", "조", "k", "m"};
constexpr std::array<std::string_view, 9> kArrows = {"→", "->", "=>", "⇒", "➝", "➔", "⟶", "➡", "~>"};
// Words after a number that say it changed ("40% 단축", "3x faster").
constexpr std::array<std::string_view, 34> kChange = {
    "단축",     "향상",      "개선",    "감소",        "증가",     "절감",      "상승",    "하락",     "줄",
    "늘",       "올",        "높",      "낮",          "빨라",     "faster",    "slower",  "lower",    "higher",
    "better",   "fewer",     "more",    "improvement", "improved", "reduction", "reduced", "increase", "increased",
    "decrease", "decreased", "speedup", "gain",        "lift",     "savings",   "cheaper"};
// Score names that make a bare number a claim ("F1 0.84", "AUC 0.91").
constexpr std::array<std::string_view, 38> kMetrics = {
    "accuracy",   "acc",    "f1",     "auc",  "auroc",  "map",    "bleu",   "rouge", "recall", "precision",
    "ndcg",       "mrr",    "em",     "wer",  "cer",    "iou",    "miou",   "psnr",  "ssim",   "fid",
    "perplexity", "ppl",    "rmse",   "mae",  "mape",   "r2",     "top1",   "top5",  "hit",    "score",
    "정확도",     "재현율", "정밀도", "점수", "정답률", "오류율", "에러율", "성능"};

bool digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool iprefix(std::string_view s, std::size_t i, std::string_view w) {
  if (i + w.size() > s.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != static_cast<unsigned char>(w[k])) return false;
  return true;
}

struct Qty {
  std::size_t begin = 0, end = 0;  // in the line content
  Unit unit = Unit::none;
  double value = 0;
  bool sign = false;
  bool magnitude = false;
  bool used = false;
};

// Matches a unit at `i` (after at most one space); returns its end or npos.
std::size_t unit_at(std::string_view c, std::size_t i, Unit& unit) {
  std::size_t j = i;
  if (j < c.size() && c[j] == ' ') ++j;
  auto try_list = [&](auto& list) -> std::size_t {
    for (const auto& u : list) {
      if (!iprefix(c, j, u.text)) continue;
      std::size_t e = j + u.text.size();
      // ASCII units end a word ("3 samples", not "3 samplesize"); "1분기" is a quarter, not minutes.
      if (ascii_alpha(u.text.back()) && e < c.size() && ascii_alpha(c[e])) continue;
      if (u.text == "분" && c.substr(e).starts_with("기")) continue;
      if (u.text == "주" && (c.substr(e).starts_with("요") || c.substr(e).starts_with("도"))) continue;
      if (u.text == "일" && c.substr(e).starts_with("부")) continue;
      if (u.text == "회" && c.substr(e).starts_with("사")) continue;
      unit = u.unit;
      return e;
    }
    return std::string_view::npos;
  };
  std::size_t e = try_list(kUnits);
  if (e == std::string_view::npos && j == i) e = try_list(kShortUnits);  // "1.8s", "3x": no space
  if (e == std::string_view::npos && j != i && (c.substr(j).starts_with("%") || c.substr(j).starts_with("배")))
    e = try_list(kShortUnits);
  return e;
}

// The end of up to two words after `j` that name what a bare count counts, or `j`.
std::size_t nouns_after(std::string_view c, std::size_t j) {
  std::size_t end = j;
  for (int n = 0; n < 2; ++n) {
    if (end >= c.size() || c[end] != ' ') break;
    std::size_t wb = end + 1, we = wb;
    while (we < c.size() && (ascii_alpha(c[we]) || static_cast<unsigned char>(c[we]) >= 0x80 || c[we] == '-')) ++we;
    if (we == wb || (we < c.size() && c[we] != ' ' && c[we] != ',' && c[we] != ')' && c[we] != '.' && c[we] != ';'))
      break;
    std::string_view w = c.substr(wb, we - wb);
    if (w == "on" || w == "in" || w == "with" || w == "and" || w == "to" || w == "from" || w == "for" || w == "of" ||
        w == "at" || w == "by" || w == "per" || w.starts_with("\xE2"))  // "→", "–"
      break;
    end = we;
  }
  return end;
}

std::vector<ByteRange> all_dates(std::string_view c) {
  std::vector<ByteRange> out;
  for (std::size_t from = 0; from < c.size();) {
    auto r = find_dates(c.substr(from));
    if (!r) break;
    out.push_back(ByteRange{from + r->begin, from + r->end});
    from += r->end;
  }
  return out;
}

std::vector<Qty> quantities(std::string_view c) {
  std::vector<Qty> out;
  auto dates = all_dates(c);
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (!digit(c[i])) continue;
    char prev = i > 0 ? c[i - 1] : ' ';
    // Inside a word or a version: "p95", "A100", "v8", "GPT-4", "3.10" (after the dot).
    if (ascii_alpha(prev) || digit(prev) || prev == '.' || prev == '_') {
      while (i + 1 < c.size() && (digit(c[i + 1]) || c[i + 1] == '.')) ++i;
      continue;
    }
    Qty q;
    q.begin = i;
    if (prev == '-' && i >= 2 && (ascii_alpha(c[i - 2]) || digit(c[i - 2]))) {
      while (i + 1 < c.size() && (digit(c[i + 1]) || c[i + 1] == '.')) ++i;
      continue;
    }
    if (prev == '+' || prev == '-' || prev == '~') {
      q.begin = i - 1;
      q.sign = prev != '~';
    } else if (i >= 2 && (c.substr(i - 2, 2) == "±")) {
      q.begin = i - 2;
      q.sign = true;
    } else if (i >= 3 && c.substr(i - 3, 3) == "−") {  // U+2212 MINUS SIGN
      q.begin = i - 3;
      q.sign = true;
    } else if (prev == '$') {
      q.begin = i - 1;
      q.unit = Unit::money;
    }
    std::size_t j = i;
    std::string num;
    while (j < c.size()) {
      if (digit(c[j])) {
        num += c[j++];
      } else if (c[j] == ',' && j + 3 < c.size() && digit(c[j + 1]) && digit(c[j + 2]) && digit(c[j + 3]) &&
                 (j + 4 >= c.size() || !digit(c[j + 4]))) {
        ++j;
      } else if (c[j] == '.' && j + 1 < c.size() && digit(c[j + 1]) && num.find('.') == std::string::npos) {
        num += c[j++];
      } else {
        break;
      }
    }
    bool in_date =
        std::any_of(dates.begin(), dates.end(), [&](const ByteRange& d) { return i >= d.begin && i < d.end; });
    if (in_date) {
      i = j - 1;
      continue;
    }
    q.value = std::stod(num);
    for (auto m : kMagnitudes) {
      if (!iprefix(c, j, m)) continue;
      if (ascii_alpha(m[0]) && j + 1 < c.size() && ascii_alpha(c[j + 1])) continue;  // "3ms" is no "3m"
      j += m.size();
      q.magnitude = true;
      break;
    }
    Unit u = Unit::none;
    std::size_t ue = unit_at(c, j, u);
    if (ue != std::string_view::npos) {
      if (q.unit != Unit::money) q.unit = u;
      j = ue;
    } else if (j < c.size() && ascii_alpha(c[j])) {
      i = j;  // "7B", "3D", "2nd": not a measured quantity
      continue;
    } else if (q.magnitude) {
      // "40k labelled images", "2M query logs": the words that say what was counted.
      std::size_t ne = nouns_after(c, j);
      if (ne != j) q.unit = Unit::count;
      j = ne;
    }
    const bool year = !q.magnitude && num.size() == 4 && q.value >= 1950 && q.value <= 2099 &&
                      (q.unit == Unit::none || q.unit == Unit::duration);
    if (!year) {
      q.end = j;
      out.push_back(q);
    }
    i = j - 1;
  }
  return out;
}

std::size_t skip_spaces(std::string_view c, std::size_t i) {
  while (i < c.size() && c[i] == ' ') ++i;
  return i;
}

std::size_t after_arrow(std::string_view c, std::size_t i, bool from_before) {
  std::size_t j = skip_spaces(c, i);
  for (auto a : kArrows)
    if (c.substr(j).starts_with(a)) return skip_spaces(c, j + a.size());
  if (c.substr(i).starts_with("에서")) return skip_spaces(c, i + std::string_view("에서").size());
  if (from_before && iprefix(c, j, "to ")) return skip_spaces(c, j + 3);
  return std::string_view::npos;
}

bool is_separator_at(std::string_view c, std::size_t i) {
  static constexpr std::array<std::string_view, 13> kSep = {",", ";", ":", "(", ")", "[", "]",
                                                            "|", "·", "•", "/", "—", "，"};
  for (auto s : kSep)
    if (i >= s.size() && c.substr(i - s.size(), s.size()) == s) return true;
  return false;
}

// The word that ends at `end` (exclusive), as [begin, end).
std::size_t word_begin(std::string_view c, std::size_t end) {
  std::size_t b = end;
  while (b > 0 && c[b - 1] != ' ' && !is_separator_at(c, b)) --b;
  return b;
}

// Widens [b, e) to the words that say what the number measures.
void widen(std::string_view c, std::size_t& b, std::size_t& e) {
  int counted = 0;
  std::size_t p = b, taken = b;
  while (counted < 3) {
    std::size_t q = p;
    while (q > 0 && c[q - 1] == ' ') --q;
    if (q == 0 || is_separator_at(c, q) || p - q > 1) break;
    std::size_t wb = word_begin(c, q);
    if (wb == q) break;
    std::string w = fold_phrase(c.substr(wb, q - wb));
    // Another number ("0.81", "+3%", "→") ends the words; "macro-F1", "p95", "NDCG@10" are names.
    std::size_t first = w.find_first_not_of("+-~");
    if (first == std::string::npos || digit(w[first]) || w.starts_with("\xE2")) break;
    if (w == "and" || w == "with" || w == "using" || w == "via" || w == "which" || w == "that" || w == "while" ||
        w == "및" || w == "그리고")
      break;
    bool connective = false;
    // Connectives and "(으)로" ("경량화로", "fine-tuning으로") start another clause.
    for (std::string_view end :
         {"하여", "해서", "하고", "하며", "통해", "위해", "으로써", "했고", "했으며", "하면서", "로"})
      connective = connective || w.ends_with(end);
    if (connective) break;
    const bool link = w == "by" || w == "of" || w == "from" || w == "at" || w == "in" || w == "to" || w == "=" ||
                      w == "on" || w == "for" || w == "over" || w == "across" || w == "의" || w == "대비";
    p = wb;
    if (!link) {
      ++counted;
      taken = wb;
    }
    if (b - p > 40) break;
  }
  b = std::min(b, taken);
  // A change word after: "40% 단축", "3x faster" (only the word's stem when Korean endings follow).
  std::size_t j = skip_spaces(c, e);
  if (j - e <= 1 && j < c.size()) {
    std::size_t we = j;
    while (we < c.size() && c[we] != ' ' && c[we] != ',' && c[we] != ')' && c[we] != '.') ++we;
    std::string_view w = c.substr(j, we - j);
    for (auto ch : kChange) {
      const bool latin = ascii_alpha(ch[0]);
      if (!latin && ch.size() <= 3) continue;  // "줄", "늘": too short to end a quote on
      if (latin ? fold_phrase(w) == ch : w.starts_with(ch)) {
        e = latin ? we : j + ch.size();
        break;
      }
    }
  }
}

bool change_word_near(std::string_view c, const Qty& q) {
  std::string after = fold_phrase(c.substr(q.end, std::min<std::size_t>(24, c.size() - q.end)));
  std::string before = fold_phrase(c.substr(q.begin >= 40 ? q.begin - 40 : 0, q.begin >= 40 ? 40 : q.begin));
  for (auto ch : kChange) {
    if (after.starts_with(ch) || after.starts_with(std::string(" ") + std::string(ch))) return true;
    if (ascii_alpha(ch[0]) && has_word(before, ch)) return true;
  }
  return has_any(before,
                 {"improved", "improving", "reduced", "reducing", "cut", "cutting", "boosted", "boosting", "increased",
                  "increasing", "decreased", "decreasing", "lowered", "lowering", "raised", "raising"});
}

bool metric_before(std::string_view c, std::size_t b) {
  std::string before = fold_phrase(c.substr(b >= 24 ? b - 24 : 0, b >= 24 ? 24 : b));
  // Only the last two words count.
  std::size_t cut = before.size();
  for (int w = 0; w < 3 && cut != std::string::npos; ++w)
    cut = cut == 0 ? std::string::npos : before.rfind(' ', cut - 1);
  std::string tail = cut == std::string::npos ? before : before.substr(cut);
  for (auto m : kMetrics)
    if (has_word(tail, m)) return true;
  for (std::string_view p : {"p50", "p90", "p95", "p99", "p999"})
    if (has_word(tail, p)) return true;
  return false;
}

ClaimTopic topic_of_words(std::string_view f) {
  if (has_any(f, {"latency",      "지연",      "응답",      "속도",          "추론 시간", "inference time",
                  "throughput",   "처리량",    "qps",       "tps",           "rps",       "p50",
                  "p90",          "p95",       "p99",       "faster",        "speed",     "빨라",
                  "ttft",         "시간 단축", "처리 시간", "response time", "runtime",   "학습 시간",
                  "training time"}))
    return ClaimTopic::speed;
  if (has_any(f, {"accuracy",  "정확도", "f1",         "auc",        "map",    "bleu",          "rouge", "recall",
                  "precision", "재현율", "정밀도",     "ndcg",       "mrr",    "wer",           "cer",   "성능",
                  "score",     "점수",   "오류율",     "error rate", "정답률", "hallucination", "환각",  "iou",
                  "top 1",     "top 5",  "perplexity", "rmse",       "mae"}))
    return ClaimTopic::quality;
  if (has_any(f, {"비용", "cost", "절감", "saving", "매출", "revenue", "ctr", "전환", "conversion", "수익", "roi",
                  "달러", "usd", "$", "budget", "예산", "인건비"}))
    return ClaimTopic::cost;
  if (has_any(f, {"데이터",   "data", "dataset",  "샘플",   "sample", "이미지",     "image",      "문서",
                  "document", "라벨", "label",    "코퍼스", "corpus", "로그",       "log",        "쌍",
                  "pairs",    "문장", "sentence", "token",  "토큰",   "annotation", "어노테이션", "크롤링"}))
    return ClaimTopic::data;
  if (has_any(f, {"사용자", "users", "user", "mau", "dau", "트래픽", "traffic", "요청", "request", "호출", "고객",
                  "customers", "가입", "방문"}))
    return ClaimTopic::scale;
  return ClaimTopic::other;
}

ClaimTopic topic_of_unit(Unit u) {
  switch (u) {
    case Unit::time:
    case Unit::rate:
      return ClaimTopic::speed;
    case Unit::point:
      return ClaimTopic::quality;
    case Unit::money:
      return ClaimTopic::cost;
    case Unit::count:
      return ClaimTopic::data;
    default:
      return ClaimTopic::other;
  }
}

}  // namespace

std::vector<Claim> find_claims(std::string_view text, const Line& line) {
  std::vector<Claim> out;
  if (line.kind == LineKind::blank) return out;
  std::string_view c = text.substr(line.content, line.content_end - line.content);
  auto qs = quantities(c);
  const std::string folded_line = fold_phrase(c);
  const bool team_line = has_any(folded_line, {"팀", "team", "구성", "인원", "팀원", "people", "engineers", "members"});
  for (std::size_t k = 0; k < qs.size(); ++k) {
    Qty& q = qs[k];
    if (q.used) continue;
    std::size_t b = q.begin, e = q.end;
    ClaimShape shape = ClaimShape::value;
    Unit unit = q.unit;
    // before → after (→, ->, 에서 … 로, from … to …); chains "A → B → C" too.
    std::size_t wb = word_begin(c, b > 0 && c[b - 1] == ' ' ? b - 1 : b);
    bool from_before = b >= 5 && iprefix(c, wb, "from");
    std::size_t last = k;
    for (std::size_t m = k + 1; m < qs.size(); ++m) {
      std::size_t a = after_arrow(c, qs[last].end, from_before);
      if (a == std::string_view::npos || a != qs[m].begin) break;
      last = m;
    }
    if (last != k) {
      for (std::size_t m = k; m <= last; ++m) {
        qs[m].used = true;
        if (unit == Unit::none) unit = qs[m].unit;
      }
      e = qs[last].end;
      shape = ClaimShape::change;
    } else if (q.unit == Unit::team || (q.unit == Unit::count && team_line && q.value < 50 && !q.magnitude)) {
      continue;  // a team size, not a claim
    } else if (q.unit == Unit::multiple) {
      shape = ClaimShape::multiple;
    } else if (q.sign || q.unit == Unit::point ||
               ((q.unit == Unit::percent || q.unit == Unit::time || q.unit == Unit::none) && change_word_near(c, q))) {
      if (q.unit == Unit::none && !metric_before(c, b) && !change_word_near(c, q)) continue;
      shape = ClaimShape::delta;
    } else {
      bool keep = false;
      switch (q.unit) {
        case Unit::time:
        case Unit::rate:
        case Unit::money:
        case Unit::percent:
          keep = true;
          break;
        case Unit::count:
          keep = q.magnitude || q.value >= 100;
          break;
        case Unit::none:
          keep = metric_before(c, b) || (q.magnitude && q.value >= 1);
          break;
        case Unit::duration:
        case Unit::size:
        case Unit::gpu:
          keep = change_word_near(c, q);
          if (keep) shape = ClaimShape::delta;
          break;
        default:
          break;
      }
      if (!keep) continue;
    }
    q.used = true;
    widen(c, b, e);
    Claim cl;
    cl.span = Span{line.content + b, line.content + e, line.number, line.number};
    cl.shape = shape;
    ClaimTopic t = topic_of_words(fold_phrase(c.substr(b, e - b)));
    if (t == ClaimTopic::other) t = topic_of_unit(unit);
    if (t == ClaimTopic::other || t == ClaimTopic::data) {
      ClaimTopic lt = topic_of_words(folded_line);
      if (t == ClaimTopic::other || (lt == ClaimTopic::scale)) t = lt;
    }
    cl.topic = t;
    // Overlapping quotes ("latency 2.1s → 0.6s (-71%)") stay separate claims only when disjoint.
    if (!out.empty() && out.back().span.end > cl.span.begin) {
      out.back().span.end = std::max(out.back().span.end, cl.span.end);
      continue;
    }
    out.push_back(cl);
  }
  return out;
}

std::string_view to_string(ClaimShape s) {
  switch (s) {
    case ClaimShape::change:
      return "change";
    case ClaimShape::delta:
      return "delta";
    case ClaimShape::multiple:
      return "multiple";
    case ClaimShape::value:
      return "value";
  }
  return "value";
}

std::string_view to_string(ClaimTopic t) {
  switch (t) {
    case ClaimTopic::speed:
      return "speed";
    case ClaimTopic::quality:
      return "quality";
    case ClaimTopic::cost:
      return "cost";
    case ClaimTopic::data:
      return "data";
    case ClaimTopic::scale:
      return "scale";
    case ClaimTopic::other:
      return "other";
  }
  return "other";
}

}  // namespace kkori::resume
