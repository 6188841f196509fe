#include "text/stem.hpp"

#include <libstemmer.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace kkori::text {
namespace {

std::size_t syllables(std::string_view s) {
  std::size_t n = 0, i = 0;
  while (i < s.size()) {
    if (is_hangul_syllable(next_code_point(s, i))) ++n;
  }
  return n;
}

// Particles (조사), plural 들, copula and verb endings after 하다/되다/시키다 nouns. Our own list;
// hunspell-ko knows the dictionary words, this catches the loanwords and coinages it does not.
constexpr auto kSuffixes = std::to_array<std::string_view>({
    // endings of 하다 / 되다 / 시키다 verbs made from nouns (정규화하는 -> 정규화)
    "했습니다",
    "합니다",
    "하였다",
    "했는데",
    "하는데",
    "하려면",
    "하므로",
    "하도록",
    "하기에",
    "하면서",
    "했고",
    "했다",
    "한다",
    "하는",
    "하고",
    "하면",
    "하며",
    "하지",
    "하여",
    "해서",
    "해야",
    "하기",
    "할",
    "한",
    "함",
    "해",
    "되었습니다",
    "되었다",
    "됩니다",
    "되는데",
    "되도록",
    "되면서",
    "되는",
    "되고",
    "되면",
    "되어",
    "돼서",
    "된다",
    "되며",
    "되지",
    "되기",
    "된",
    "될",
    "됨",
    "돼",
    "시킵니다",
    "시키는",
    "시키고",
    "시키면",
    "시켜서",
    "시킨다",
    "시키기",
    "시킨",
    "시킬",
    "시켜",
    // copula
    "입니다",
    "이라는",
    "이라고",
    "이라서",
    "이므로",
    "이지만",
    "이에요",
    "예요",
    "이며",
    "이고",
    "인데",
    "이다",
    "이란",
    "라는",
    "라고",
    "란",
    // particles
    "에서는",
    "에서도",
    "으로는",
    "으로도",
    "에게서",
    "에서",
    "에게",
    "한테",
    "으로",
    "부터",
    "까지",
    "보다",
    "처럼",
    "마다",
    "조차",
    "밖에",
    "만큼",
    "이나",
    "이랑",
    "에는",
    "에도",
    "로는",
    "로도",
    "와는",
    "과는",
    "들이",
    "들을",
    "들은",
    "들의",
    "들도",
    "들과",
    "들",
    "은",
    "는",
    "을",
    "를",
    "이",
    "가",
    "의",
    "에",
    "로",
    "와",
    "과",
    "도",
    "만",
    "나",
    "랑",
    "인",
});

// Single syllables that also end ordinary nouns (차이, 평가, 정도, 회의, 결과): strip them only
// when at least two syllables remain.
bool ambiguous_single(std::string_view suf) {
  return syllables(suf) == 1 && suf != "은" && suf != "는" && suf != "을" && suf != "를";
}

std::string reduce_verb(std::string s) {
  for (std::string_view v : {"시키다", "하다", "되다"}) {
    if (s.size() > v.size() && s.ends_with(v) && syllables(s) > syllables(v)) return s.substr(0, s.size() - v.size());
  }
  return s;
}

}  // namespace

std::string strip_korean_suffix(std::string_view word) {
  std::string w(word);
  for (int round = 0; round < 2; ++round) {
    std::string_view best;
    for (std::string_view suf : kSuffixes) {
      if (suf.size() <= best.size() || w.size() <= suf.size() || !w.ends_with(suf)) continue;
      std::size_t rest = syllables(std::string_view(w).substr(0, w.size() - suf.size()));
      if (rest >= (ambiguous_single(suf) ? 2U : 1U)) best = suf;
    }
    if (best.empty()) break;
    w.resize(w.size() - best.size());
  }
  return w;
}

struct Stemmer::Impl {
  // The memo in shards, each behind its own reader-writer lock on its own cache line: threads
  // grading side by side look up stems all the time, and one lock shared by every lookup kept the
  // second thread of grade-batch mostly waiting for the first one's cache line.
  struct alignas(64) Shard {
    std::shared_mutex mu;
    std::unordered_map<std::string, std::string> latin;
    std::unordered_map<std::string, std::string> hangul;
  };
  static constexpr std::size_t kShards = 16;
  std::array<Shard, kShards> shards;
  // The stemmers themselves (libstemmer's and hunspell's state) are not thread-safe: one lock each,
  // so English words are not held up while hunspell-ko loads (about a second) or looks up a word.
  std::mutex english_mu;
  std::mutex korean_mu;
  sb_stemmer* english = nullptr;
  std::unique_ptr<Hunspell> korean;
  bool korean_tried = false;
  std::shared_ptr<const StemTable> seed;  // read-only: no lock needed

  explicit Impl(std::shared_ptr<const StemTable> s) : english(sb_stemmer_new("english", "UTF_8")), seed(std::move(s)) {}
  ~Impl() {
    if (english != nullptr) sb_stemmer_delete(english);
  }

  Hunspell* hunspell() {
    if (!korean_tried) {
      korean_tried = true;
      for (const char* dir : {"/usr/share/hunspell", "/usr/share/myspell"}) {
        std::filesystem::path aff = std::filesystem::path(dir) / "ko.aff";
        std::filesystem::path dic = std::filesystem::path(dir) / "ko.dic";
        std::error_code ec;
        if (std::filesystem::exists(aff, ec) && std::filesystem::exists(dic, ec)) {
          korean = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
          break;
        }
      }
    }
    return korean.get();
  }

  std::string stem_latin(std::string_view w) {
    if (english == nullptr) return std::string(w);
    const sb_symbol* out =
        sb_stemmer_stem(english, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
    if (out == nullptr) return std::string(w);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(english)));
  }

  std::string stem_hangul(std::string_view w) {
    std::string stripped = strip_korean_suffix(w);
    Hunspell* h = hunspell();
    std::vector<std::string> cands;
    if (h != nullptr) cands = h->stem(std::string(w));
    if (cands.empty()) return reduce_verb(stripped);
    for (const auto& c : cands) {
      if (c == w) return reduce_verb(c);
    }
    for (const auto& c : cands) {
      if (c == stripped || reduce_verb(c) == stripped) return stripped;
    }
    // hunspell splits unknown compounds badly (과적합을 -> 과, 과적): trust the suffix list when
    // it removed a particle and kept more of the word than any dictionary reading.
    if (stripped.size() < w.size()) {
      std::size_t longest = 0;
      for (const auto& c : cands) longest = std::max(longest, syllables(reduce_verb(c)));
      if (syllables(stripped) > longest) return stripped;
    }
    return reduce_verb(cands.front());
  }
};

Stemmer::Stemmer(std::shared_ptr<const StemTable> seed) : impl_(std::make_unique<Impl>(std::move(seed))) {}
Stemmer::~Stemmer() = default;

std::string Stemmer::stem(std::string_view token, Script script) const {
  if (script != Script::latin && script != Script::hangul) return std::string(token);
  auto key = std::string(token);
  const bool hangul = script == Script::hangul;
  if (hangul && impl_->seed) {
    if (auto it = impl_->seed->find(key); it != impl_->seed->end()) return it->second;
  }
  Impl::Shard& shard = impl_->shards[std::hash<std::string>{}(key) % Impl::kShards];
  auto& cache = hangul ? shard.hangul : shard.latin;
  {
    std::shared_lock read(shard.mu);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  std::string s;
  {
    std::lock_guard stem_lock(hangul ? impl_->korean_mu : impl_->english_mu);
    {
      std::shared_lock read(shard.mu);  // another thread may have stemmed it while this one waited
      if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    s = hangul ? impl_->stem_hangul(token) : impl_->stem_latin(token);
  }
  if (s.empty()) s = key;
  std::unique_lock lock(shard.mu);
  cache.emplace(std::move(key), s);
  return s;
}

std::vector<std::pair<std::string, std::string>> Stemmer::hangul_memo() const {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto& shard : impl_->shards) {
    std::shared_lock read(shard.mu);
    out.insert(out.end(), shard.hangul.begin(), shard.hangul.end());
  }
  if (impl_->seed) out.insert(out.end(), impl_->seed->begin(), impl_->seed->end());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace kkori::text
