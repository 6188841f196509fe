#include "text/stopwords.hpp"

#include <algorithm>
#include <array>

namespace kkori::text {
namespace {

// Sorted so lookups are a binary search. English forms are Snowball stems ("this" -> "this",
// "was" -> "was", "does" -> "doe"); Korean forms are what strip/hunspell leave.
constexpr auto kStop = [] {
  auto a = std::to_array<std::string_view>(
      {"a", "about", "all", "also", "am", "an", "and", "ani", "are", "as", "at", "be", "becaus", "been", "being", "but",
       "by", "can", "could", "did", "do", "doe", "doing", "each", "etc", "for", "from", "had", "has", "have", "having",
       "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
       "itself", "just", "let", "me", "my", "myself", "of", "on", "or", "our", "ours", "ourselv", "s", "she", "should",
       "so", "some", "such", "than", "that", "the", "their", "them", "themselv", "then", "there", "these", "they",
       "this", "those", "to", "us", "veri", "was", "we", "were", "what", "when", "where", "whether", "which", "while",
       "who", "whom", "will", "with", "would", "you", "your", "yourself", "t", "d", "ll", "m", "re", "ve", "e.g", "eg",
       "ie", "may", "might", "must", "shall", "yes", "ok", "okay", "well", "like", "get", "got", "thing", "use",
       // Korean (stems after particles/endings are removed)
       "것", "수", "등", "이", "그", "저", "및", "또", "또한", "그리고", "그래서", "하지만", "그러나", "때문", "경우",
       "통해", "대한", "대해", "위해", "위하다", "있다", "없다", "하다", "되다", "이다", "같다", "때", "더", "좀", "잘",
       "매우", "아주", "가장", "즉", "이런", "그런", "저런", "어떤", "이것", "그것", "저것", "여기", "거", "게", "걸",
       "건", "제", "저희", "우리", "나", "내", "너", "은", "는", "을", "를", "가", "의", "에", "로", "으로", "와", "과",
       "도", "만", "에서", "입니다", "합니다", "됩니다", "있습니다", "니다", "요", "정도", "부분", "측면", "관련", "뭐",
       "음", "어", "네", "예", "일단", "사실", "그냥", "먼저"});
  std::sort(a.begin(), a.end());
  return a;
}();

constexpr auto kNegation = [] {
  auto a = std::to_array<std::string_view>(
      {"not",   "no",   "never",   "none",    "nobodi", "noth", "cannot", "can't",   "doesn",  "isn",
       "aren",  "wasn", "weren",   "don",     "didn",   "won",  "wouldn", "shouldn", "couldn", "hasn",
       "haven", "hadn", "without", "neither", "nor",    "않",   "없",     "못",      "아니"});
  std::sort(a.begin(), a.end());
  return a;
}();

// Opposites whose swap turns a right answer wrong. English entries are Snowball stems.
constexpr std::pair<std::string_view, std::string_view> kOpposites[] = {
    {"increas", "decreas"},
    {"higher", "lower"},
    {"high", "low"},
    {"more", "less"},
    {"larger", "smaller"},
    {"larg", "small"},
    {"bigger", "smaller"},
    {"big", "small"},
    {"open", "close"},
    {"open", "closed"},
    {"connect", "disconnect"},
    {"connect", "separ"},
    {"posit", "negat"},
    {"same", "differ"},
    {"seri", "parallel"},
    {"true", "fals"},
    {"correct", "incorrect"},
    {"abov", "below"},
    {"before", "after"},
    {"insid", "outsid"},
    {"maximum", "minimum"},
    {"maxim", "minim"},
    {"max", "min"},
    {"overfit", "underfit"},
    {"symmetr", "asymmetr"},
    {"linear", "nonlinear"},
    {"convex", "nonconvex"},
    {"sparse", "dens"},
    {"stabl", "unstabl"},
    {"faster", "slower"},
    {"fast", "slow"},
    {"add", "subtract"},
    {"attract", "repel"},
    {"absorb", "reflect"},
    {"heat", "cool"},
    {"gain", "lose"},
    {"on", "off"},
    {"earli", "late"},
    {"long", "short"},
    {"up", "down"},
    {"증가", "감소"},
    {"높", "낮"},
    {"크", "작"},
    {"많", "적"},
    {"같", "다르"},
    {"빠르", "느리"},
    {"과적합", "과소적합"},
    {"대칭", "비대칭"},
    {"선형", "비선형"},
    {"최대", "최소"},
    {"직렬", "병렬"},
    {"양수", "음수"},
    {"동기", "비동기"},
    {"희소", "밀집"},
    {"안정", "불안정"},
    {"상승", "하락"},
};

// Closed sets of mutually exclusive words: {set, member, stem}. English entries are Snowball
// stems; Korean ones what the stemmer leaves (빨간 -> 빨갛다, 검은 -> 검).
struct ContrastRow {
  int set, member;
  std::string_view stem;
};
constexpr ContrastRow kContrasts[] = {
    // colours
    {1, 1, "red"},
    {1, 1, "빨갛다"},
    {1, 1, "빨간색"},
    {1, 1, "빨강"},
    {1, 1, "붉"},
    {1, 1, "빨간"},
    {1, 2, "blue"},
    {1, 2, "파랗다"},
    {1, 2, "파란색"},
    {1, 2, "파랑"},
    {1, 2, "파란"},
    {1, 3, "green"},
    {1, 3, "초록색"},
    {1, 3, "녹색"},
    {1, 3, "초록"},
    {1, 4, "yellow"},
    {1, 4, "노랗다"},
    {1, 4, "노란색"},
    {1, 4, "노랑"},
    {1, 4, "노란"},
    {1, 5, "white"},
    {1, 5, "희다"},
    {1, 5, "하얗다"},
    {1, 5, "흰색"},
    {1, 5, "하얀색"},
    {1, 5, "흰"},
    {1, 5, "하얀"},
    {1, 6, "black"},
    {1, 6, "검"},
    {1, 6, "검정"},
    {1, 6, "검은색"},
    {1, 6, "검정색"},
    {1, 6, "까맣다"},
    {1, 6, "검은"},
    {1, 7, "brown"},
    {1, 7, "갈색"},
    {1, 8, "pink"},
    {1, 8, "분홍색"},
    {1, 8, "분홍"},
    {1, 9, "purpl"},
    {1, 9, "보라색"},
    {1, 9, "보라"},
    {1, 10, "orang"},
    {1, 10, "주황색"},
    {1, 11, "grey"},
    {1, 11, "gray"},
    {1, 11, "회색"},
    // days of the week
    {2, 1, "monday"},
    {2, 1, "월요일"},
    {2, 2, "tuesday"},
    {2, 2, "화요일"},
    {2, 3, "wednesday"},
    {2, 3, "수요일"},
    {2, 4, "thursday"},
    {2, 4, "목요일"},
    {2, 5, "friday"},
    {2, 5, "금요일"},
    {2, 6, "saturday"},
    {2, 6, "토요일"},
    {2, 7, "sunday"},
    {2, 7, "일요일"},
    // who
    {3, 1, "man"},
    {3, 1, "men"},
    {3, 1, "남자"},
    {3, 1, "남성"},
    {3, 2, "woman"},
    {3, 2, "women"},
    {3, 2, "여자"},
    {3, 2, "여성"},
    {4, 1, "boy"},
    {4, 1, "소년"},
    {4, 2, "girl"},
    {4, 2, "소녀"},
};

constexpr auto kContrastIndex = [] {
  std::array<ContrastRow, std::size(kContrasts)> a{};
  std::copy(std::begin(kContrasts), std::end(kContrasts), a.begin());
  std::sort(a.begin(), a.end(), [](auto& l, auto& r) { return l.stem < r.stem; });
  return a;
}();

}  // namespace

Contrast contrast(std::string_view stem) {
  auto it = std::lower_bound(kContrastIndex.begin(), kContrastIndex.end(), stem,
                             [](const ContrastRow& e, std::string_view k) { return e.stem < k; });
  return it != kContrastIndex.end() && it->stem == stem ? Contrast{it->set, it->member} : Contrast{};
}

namespace {

// Both directions of kOpposites, sorted by the first word, for a binary search.
constexpr auto kOppositeIndex = [] {
  std::array<std::pair<std::string_view, std::string_view>, 2 * std::size(kOpposites)> a{};
  std::size_t n = 0;
  for (auto [x, y] : kOpposites) {
    a[n++] = {x, y};
    a[n++] = {y, x};
  }
  std::sort(a.begin(), a.end());
  return a;
}();

}  // namespace

std::string_view antonym(std::string_view stem) {
  auto it = std::lower_bound(kOppositeIndex.begin(), kOppositeIndex.end(), stem,
                             [](const auto& e, std::string_view k) { return e.first < k; });
  return it != kOppositeIndex.end() && it->first == stem ? it->second : std::string_view();
}

bool is_stop_word(std::string_view stem) { return std::binary_search(kStop.begin(), kStop.end(), stem); }

bool is_negation(std::string_view stem) {
  if (std::binary_search(kNegation.begin(), kNegation.end(), stem)) return true;
  // Korean negation lives inside words: 않다, 않는, 없는, 없이, 못하다, 아니다.
  for (std::string_view k : {"않", "없", "아니"})
    if (stem.find(k) != std::string_view::npos) return true;
  return stem.starts_with("못");
}

}  // namespace kkori::text
