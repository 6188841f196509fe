#include "text/stopwords.hpp"

#include <algorithm>
#include <array>

namespace kkori::text {
namespace {

// Sorted so lookups are a binary search. English forms are Snowball stems ("this" -> "this",
// "was" -> "was", "does" -> "doe"); Korean forms are what strip/hunspell leave.
constexpr auto kStop = [] {
  auto a = std::to_array<std::string_view>({
      "a", "about", "all", "also", "am", "an", "and", "ani", "are", "as",
      "at", "be", "becaus", "been", "being", "but", "by", "can", "could",
      "did", "do", "doe", "doing", "each", "etc", "for", "from", "had", "has",
      "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
      "into", "is", "it", "itself", "just", "let", "me", "my", "myself", "of", "on",
      "or", "our", "ours", "ourselv", "s", "she", "should",
      "so", "some", "such", "than", "that", "the", "their", "them", "themselv", "then", "there", "these", "they",
      "this", "those", "to", "us", "veri", "was", "we", "were", "what",
      "when", "where", "whether", "which", "while", "who", "whom", "will", "with", "would", "you", "your",
      "yourself", "t", "d", "ll", "m", "re", "ve", "e.g", "eg", "ie", "may", "might", "must", "shall",
      "yes", "ok", "okay", "well", "like", "get", "got", "thing", "use",
      // Korean (stems after particles/endings are removed)
      "것", "수", "등", "이", "그", "저", "및", "또", "또한", "그리고", "그래서", "하지만", "그러나", "때문",
      "경우", "통해", "대한", "대해", "위해", "위하다", "있다", "없다", "하다", "되다", "이다", "같다", "때", "더",
      "좀", "잘", "매우", "아주", "가장", "즉", "이런", "그런", "저런", "어떤", "이것", "그것", "저것", "여기",
      "거", "게", "걸", "건", "제", "저희", "우리", "나", "내", "너", "은", "는", "을", "를", "가", "의", "에",
      "로", "으로", "와", "과", "도", "만", "에서", "입니다", "합니다", "됩니다", "있습니다", "니다", "요",
      "정도", "부분", "측면", "관련", "뭐", "음", "어", "네", "예", "일단", "사실", "그냥", "먼저"});
  std::sort(a.begin(), a.end());
  return a;
}();

constexpr auto kNegation = [] {
  auto a = std::to_array<std::string_view>({
      "not", "no", "never", "none", "nobodi", "noth", "cannot", "can't", "doesn", "isn", "aren", "wasn",
      "weren", "don", "didn", "won", "wouldn", "shouldn", "couldn", "hasn", "haven", "hadn", "without",
      "neither", "nor", "않", "없", "못", "아니"});
  std::sort(a.begin(), a.end());
  return a;
}();

// Opposites whose swap turns a right answer wrong. English entries are Snowball stems.
constexpr std::pair<std::string_view, std::string_view> kOpposites[] = {
    {"increas", "decreas"}, {"higher", "lower"},     {"high", "low"},          {"more", "less"},
    {"larger", "smaller"},  {"larg", "small"},       {"bigger", "smaller"},    {"big", "small"},
    {"open", "close"},      {"open", "closed"},      {"connect", "disconnect"}, {"connect", "separ"},
    {"posit", "negat"},     {"same", "differ"},      {"seri", "parallel"},     {"true", "fals"},
    {"correct", "incorrect"}, {"abov", "below"},     {"before", "after"},      {"insid", "outsid"},
    {"maximum", "minimum"}, {"maxim", "minim"},      {"max", "min"},           {"overfit", "underfit"},
    {"symmetr", "asymmetr"}, {"linear", "nonlinear"}, {"convex", "nonconvex"}, {"sparse", "dens"},
    {"stabl", "unstabl"},   {"faster", "slower"},    {"fast", "slow"},         {"add", "subtract"},
    {"attract", "repel"},   {"absorb", "reflect"},   {"heat", "cool"},         {"gain", "lose"},
    {"on", "off"},          {"earli", "late"},       {"long", "short"},        {"up", "down"},
    {"증가", "감소"},       {"높", "낮"},            {"크", "작"},             {"많", "적"},
    {"같", "다르"},         {"빠르", "느리"},        {"과적합", "과소적합"},   {"대칭", "비대칭"},
    {"선형", "비선형"},     {"최대", "최소"},        {"직렬", "병렬"},         {"양수", "음수"},
    {"동기", "비동기"},     {"희소", "밀집"},        {"안정", "불안정"},       {"상승", "하락"},
};

}  // namespace

std::string_view antonym(std::string_view stem) {
  for (auto [a, b] : kOpposites) {
    if (stem == a) return b;
    if (stem == b) return a;
  }
  return {};
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
