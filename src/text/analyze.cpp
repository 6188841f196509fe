#include "text/analyze.hpp"

#include "text/stopwords.hpp"
#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::text {
namespace {

constexpr std::uint64_t kGramSeed = 0x84222325cbf29ce4ULL;

bool is_space_or_end(std::string_view s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r';
}

// Character n-grams in the style of scikit-learn's char_wb: the word padded with a space on each
// side; Latin words give 3..5-grams, Hangul words (one syllable carries more) 2..3-grams.
void add_grams(std::string_view word, Script script, std::vector<std::uint64_t>& out) {
  std::string padded;
  padded.reserve(word.size() + 2);
  padded += ' ';
  padded += word;
  padded += ' ';
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < padded.size();) {
    starts.push_back(i);
    next_code_point(padded, i);
  }
  starts.push_back(padded.size());
  std::size_t chars = starts.size() - 1;
  std::size_t lo = script == Script::hangul ? 1 : 3;
  std::size_t hi = script == Script::hangul ? 3 : 5;
  if (chars <= lo) {
    out.push_back(hash_bytes(padded, kGramSeed));
    return;
  }
  for (std::size_t n = lo; n <= hi && n <= chars; ++n) {
    for (std::size_t k = 0; k + n <= chars; ++k) {
      out.push_back(hash_bytes(std::string_view(padded).substr(starts[k], starts[k + n] - starts[k]), kGramSeed));
    }
  }
}

// English number words become digits so "terminal one" meets "terminal 1".
std::string_view number_word(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"zero", "0"}, {"one", "1"},   {"two", "2"},   {"three", "3"}, {"four", "4"}, {"five", "5"},
      {"six", "6"},  {"seven", "7"}, {"eight", "8"}, {"nine", "9"},  {"ten", "10"}, {"hundred", "100"}};
  for (auto [k, v] : kWords)
    if (w == k) return v;
  return {};
}

// Korean native numerals count only before a counter ("네 마리" = 4, "한 남자" = a man).
std::string_view korean_numeral(std::string_view w, std::string_view next) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"한", "1"},   {"두", "2"},   {"세", "3"},   {"네", "4"},  {"다섯", "5"}, {"여섯", "6"},
      {"일곱", "7"}, {"여덟", "8"}, {"아홉", "9"}, {"열", "10"}, {"스무", "20"}};
  static constexpr std::string_view kCounters[] = {"마리", "명",   "개", "사람", "살", "대", "권",   "잔", "장",
                                                   "그루", "켤레", "척", "벌",   "채", "번", "가지", "쌍"};
  bool counter = false;
  for (std::string_view c : kCounters) counter = counter || next.starts_with(c);
  if (!counter) return {};
  for (auto [k, v] : kWords)
    if (w == k) return v;
  return {};
}

}  // namespace

std::uint64_t hash_bytes(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t begin = 0;
  auto close = [&](std::size_t end) {
    std::size_t b = begin, e = end;
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) out.push_back({b, e});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool end = false;
    if (c == '\n' || c == '!' || c == '?' || c == ';') {
      end = true;
    } else if (c == '.') {
      // "e.g." and "i.e." are abbreviations; "0.5" is a number: the next byte decides.
      bool abbrev = i >= 2 && text[i - 2] == '.';
      end = is_space_or_end(text, i + 1) && !abbrev;
    } else if (static_cast<unsigned char>(c) == 0xE3 && text.substr(i, 3) == "\xE3\x80\x82") {  // 。
      i += 2;
      end = true;
    }
    if (end) {
      close(i + 1);
      begin = i + 1;
    }
  }
  close(text.size());
  return out;
}

Analysis Analyzer::analyze(std::string_view text) const {
  Analysis a;
  a.sentences = split_sentences(text);
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    std::string norm = normalize(text.substr(s.begin, s.end - s.begin));
    a.compact.push_back(compact_form(norm));
    std::vector<Token> tokens = tokenize(norm);
    for (std::size_t ti = 0; ti < tokens.size(); ++ti) {
      Token& t = tokens[ti];
      Word w;
      w.sentence = si;
      std::string_view n = number_word(t.text);
      if (n.empty() && t.script == Script::hangul && ti + 1 < tokens.size())
        n = korean_numeral(t.text, tokens[ti + 1].text);
      if (!n.empty()) {
        t.text = std::string(n);
        t.script = Script::digit;
      }
      w.number = t.script == Script::digit;
      w.stem = stemmer_.stem(t.text, t.script);
      w.id = hash_bytes(w.stem);
      w.stop = is_stop_word(w.stem);
      w.negation = is_negation(w.stem);
      w.gram_begin = static_cast<std::uint32_t>(a.grams.size());
      // Hangul words contribute the n-grams of their stem (particles and endings gone).
      if (!w.stop || w.negation)
        add_grams(t.script == Script::hangul ? std::string_view(w.stem) : std::string_view(t.text), t.script, a.grams);
      w.gram_end = static_cast<std::uint32_t>(a.grams.size());
      a.words.push_back(std::move(w));
    }
  }
  return a;
}

std::string compact_form(std::string_view text) {
  std::string norm = normalize(text), out;
  out.reserve(norm.size());
  for (char c : norm)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += c;
  return out;
}

std::vector<std::uint64_t> Analyzer::phrase(std::string_view text) const {
  std::vector<std::uint64_t> ids;
  std::string norm = normalize(text);
  for (Token& t : tokenize(norm)) ids.push_back(hash_bytes(stemmer_.stem(t.text, t.script)));
  return ids;
}

}  // namespace kkori::text
