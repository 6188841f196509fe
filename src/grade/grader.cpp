#include "grade/grader.hpp"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "grade/model.hpp"
#include "grade/phrases.hpp"
#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::grade {

// A question prepared for grading: its prompt (both languages), model answers, and per keypoint
// the phrases that evidence it and its wording.
struct Grader::Rubric {
  struct Point {
    std::vector<Phrase> phrases;
    std::vector<std::string> phrase_text;  // for `matched`
    std::vector<bool> in_prompt;           // the phrase also occurs in the prompt
    Doc ko, en;
    double weight = 1.0;
  };
  Doc prompt;
  Doc answer_ko, answer_en;
  std::vector<Point> points;
};

struct Grader::Cache {
  std::shared_mutex mu;
  std::unordered_map<std::string, std::shared_ptr<const Doc>> docs;
  std::unordered_map<std::string, std::shared_ptr<const Rubric>> rubrics;
};

Grader::Grader(std::span<const std::string> corpus, const Glossary* glossary)
    : glossary_(glossary), cache_(std::make_unique<Cache>()) {
  for (const auto& t : corpus) idf_.add_document(analyzer_.analyze(t));
  idf_.freeze();
  if (glossary_ != nullptr) concepts_ = ConceptIndex(*glossary_, analyzer_);
}

Grader::Grader(Idf idf, std::shared_ptr<const text::StemTable> stems, std::span<const std::string> more,
               const Glossary* glossary)
    : analyzer_(std::move(stems)), idf_(std::move(idf)), glossary_(glossary), cache_(std::make_unique<Cache>()) {
  for (const auto& t : more) idf_.add_document(analyzer_.analyze(t));
  idf_.freeze();
  if (glossary_ != nullptr) concepts_ = ConceptIndex(*glossary_, analyzer_);
}

std::vector<std::string> corpus_of(std::span<const Question> questions) {
  std::vector<std::string> out;
  for (const auto& q : questions) {
    for (Lang l : {Lang::ko, Lang::en}) {
      out.push_back(q.prompt.get(l));
      out.push_back(q.answer.get(l));
      for (const auto& k : q.keypoints) out.push_back(k.text.get(l));
    }
  }
  return out;
}
Grader::~Grader() = default;

std::shared_ptr<const Doc> Grader::doc(std::string_view text, const Doc* question,
                                       std::string_view question_text) const {
  std::string key(text);
  if (question != nullptr) {
    key += '\x1f';
    key += question_text;
  }
  {
    std::shared_lock lock(cache_->mu);
    if (auto it = cache_->docs.find(key); it != cache_->docs.end()) return it->second;
  }
  auto d = std::make_shared<Doc>(make_doc(analyzer_, text, idf_, question));
  std::unique_lock lock(cache_->mu);
  if (cache_->docs.size() > 20000) cache_->docs.clear();  // bound memory on endless streams
  cache_->docs.emplace(std::move(key), d);
  return d;
}

namespace {

// Words most references share are what an answer must say: align_recall over the union of the
// references' new words, each weighted by its IDF times the share of references that say it.
double key_recall(const Doc& answer, std::span<const std::shared_ptr<const Doc>> refs, const Doc* question) {
  double total = 0, hit = 0;
  std::vector<std::uint64_t> seen;
  std::vector<std::uint16_t> hits;
  for (const auto& r : refs) {
    for (std::size_t c = 0; c < r->content.size(); ++c) {
      std::uint64_t k = r->content[c];
      if (question != nullptr && std::binary_search(question->content.begin(), question->content.end(), k)) continue;
      if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
      seen.push_back(k);
      std::size_t n = 0;
      for (const auto& o : refs) n += std::binary_search(o->content.begin(), o->content.end(), k) ? 1 : 0;
      double w = r->weight[c] * static_cast<double>(n) / static_cast<double>(refs.size());
      total += w;
      hit += w * best_match(*r, c, answer, hits);
    }
  }
  return total > 0 ? hit / total : 0.0;
}

}  // namespace

ReferenceGrade Grader::grade_against(std::string_view question, std::span<const std::string> references,
                                     std::string_view answer) const {
  ReferenceGrade g;
  g.dont_know = is_dont_know(answer);
  if (g.dont_know || references.empty()) return g;
  auto q = question.empty() ? nullptr : doc(question);
  Doc a = make_doc(analyzer_, answer, idf_, q.get());
  std::vector<std::shared_ptr<const Doc>> refs;
  for (const auto& r : references) refs.push_back(doc(r, q.get(), question));
  double key = refs.size() > 1 ? key_recall(a, refs, q.get()) : -1.0;
  double grams = 0, recall = 0, precision = 0;
  for (std::size_t i = 0; i < references.size(); ++i) {
    PairFeatures f = pair_features(a, *refs[i], q.get(), idf_);
    f.references = std::log(static_cast<double>(references.size()));
    if (key >= 0) f.key_recall = key;
    grams += f.grams;
    recall += f.align_recall;
    precision += f.align_precision;
    g.per_reference.push_back(f);
  }
  const double n = static_cast<double>(references.size());
  for (std::size_t i = 0; i < g.per_reference.size(); ++i) {
    PairFeatures& f = g.per_reference[i];
    if (references.size() > 1) {
      f.mean_grams = grams / n;
      f.mean_align_recall = recall / n;
      f.mean_align_precision = precision / n;
    }
    double s = reference_score(f);
    if (i == 0 || s > g.score) {
      g.score = s;
      g.best_reference = i;
      g.features = f;
    }
  }
  return g;
}

std::shared_ptr<const Grader::Rubric> Grader::rubric(const Question& q) const {
  std::string key = q.id + '\x1f' + q.prompt.en + '\x1f' + q.answer.en;
  {
    std::shared_lock lock(cache_->mu);
    if (auto it = cache_->rubrics.find(key); it != cache_->rubrics.end()) return it->second;
  }
  auto r = std::make_shared<Rubric>();
  r->prompt = make_doc(analyzer_, q.prompt.ko + "\n" + q.prompt.en, idf_);
  r->answer_ko = make_doc(analyzer_, q.answer.ko, idf_, &r->prompt);
  r->answer_en = make_doc(analyzer_, q.answer.en, idf_, &r->prompt);
  for (const auto& kp : q.keypoints) {
    Rubric::Point p;
    p.weight = kp.weight > 0 ? kp.weight : 1.0;
    p.phrases = concepts_.expand(kp.terms, analyzer_, &p.phrase_text);
    for (const auto& ph : p.phrases) p.in_prompt.push_back(occurs(r->prompt.an, ph));
    p.ko = make_doc(analyzer_, kp.text.ko, idf_);
    p.en = make_doc(analyzer_, kp.text.en, idf_);
    r->points.push_back(std::move(p));
  }
  std::unique_lock lock(cache_->mu);
  if (cache_->rubrics.size() > 5000) cache_->rubrics.clear();
  cache_->rubrics.emplace(std::move(key), r);
  return r;
}

namespace {

// What the prompt itself says proves little on its own. A keypoint term the prompt contains covers
// the keypoint this much, below the 0.5 that marks it covered; a keypoint word the prompt contains
// counts half in the wording's share. So restating the question covers no keypoint (over the bundled
// bank: 17% of keypoints were "covered" by an answer that was the prompt itself, now none).
constexpr double kPromptTerm = 0.4;
constexpr double kPromptWords = 0.5;

// Best share (IDF-weighted) of the keypoint wording's content words found in one answer sentence;
// words the prompt says count kPromptWords.
std::pair<double, int> wording_cover(const Doc& kp, const Doc& answer, const Doc& prompt, const Idf& idf) {
  double total = 0;
  for (auto k : kp.content) total += idf.word(k);
  if (total <= 0) return {0.0, -1};
  std::vector<double> per(answer.an.sentences.size(), 0.0);
  std::vector<std::pair<std::uint32_t, std::uint64_t>> seen;  // (sentence, stem) counted once
  for (const auto& w : answer.an.words) {
    if (w.stop || !std::binary_search(kp.content.begin(), kp.content.end(), w.id)) continue;
    std::pair<std::uint32_t, std::uint64_t> key{w.sentence, w.id};
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    const bool said = std::binary_search(prompt.content.begin(), prompt.content.end(), w.id);
    per[w.sentence] += idf.word(w.id) * (said ? kPromptWords : 1.0);
  }
  int best = -1;
  double bestv = 0;
  for (std::size_t s = 0; s < per.size(); ++s) {
    if (per[s] > bestv) {
      bestv = per[s];
      best = static_cast<int>(s);
    }
  }
  return {bestv / total, best};
}

}  // namespace

QuestionGrade Grader::grade(const Question& q, std::string_view answer) const {
  QuestionGrade g;
  if (answer.size() > kAnswerLimit) answer = answer.substr(0, kAnswerLimit);
  auto r = rubric(q);
  g.dont_know = is_dont_know(answer);
  Doc a = make_doc(analyzer_, answer, idf_, &r->prompt);
  double wsum = 0, covered = 0;
  for (std::size_t i = 0; i < r->points.size(); ++i) {
    const auto& p = r->points[i];
    KeypointGrade kg;
    kg.id = q.keypoints[i].id;
    if (!g.dont_know) {
      for (std::size_t k = 0; k < p.phrases.size(); ++k) {
        for (std::uint32_t s : sentences_with(a.an, p.phrases[k])) {
          double c = p.in_prompt[k] ? kPromptTerm : 1.0;
          if (c > kg.coverage || kg.matched.empty()) {
            if (c > kg.coverage) kg.coverage = c;
            if (kg.matched.empty()) kg.matched = k < p.phrase_text.size() ? p.phrase_text[k] : std::string();
          }
          bool dup = false;
          for (const auto& e : kg.evidence) dup = dup || (e.begin == a.an.sentences[s].begin);
          if (!dup && kg.evidence.size() < 3) kg.evidence.push_back(a.an.sentences[s]);
        }
      }
      auto [wko, sko] = wording_cover(p.ko, a, r->prompt, idf_);
      auto [wen, sen] = wording_cover(p.en, a, r->prompt, idf_);
      double w = std::max(wko, wen);
      int sent = wko >= wen ? sko : sen;
      double cw = std::clamp((w - 0.25) / 0.5, 0.0, 1.0);
      if (cw > kg.coverage) {
        kg.coverage = cw;
        if (sent >= 0 && kg.evidence.empty()) kg.evidence.push_back(a.an.sentences[static_cast<std::size_t>(sent)]);
      }
    }
    kg.covered = kg.coverage >= 0.5;
    if (!kg.covered) {
      kg.evidence.clear();
      kg.matched.clear();
    }
    wsum += p.weight;
    covered += p.weight * kg.coverage;
    g.keypoints.push_back(std::move(kg));
  }
  if (g.dont_know) return g;
  PairFeatures fko = pair_features(a, r->answer_ko, &r->prompt, idf_);
  PairFeatures fen = pair_features(a, r->answer_en, &r->prompt, idf_);
  g.reference_score = std::max(reference_score(fko), reference_score(fen));
  g.keypoint_score = wsum > 0 ? covered / wsum : 0.0;
  g.score = wsum > 0 ? 0.7 * g.keypoint_score + 0.3 * g.reference_score : g.reference_score;
  // An answer that only restates the prompt: almost all its content words are the prompt's.
  const PairFeatures& f = fko.question_only >= fen.question_only ? fko : fen;
  std::size_t new_words = 0;
  for (auto k : a.content)
    if (!std::binary_search(r->prompt.content.begin(), r->prompt.content.end(), k)) ++new_words;
  if (f.question_only >= 0.7 && new_words <= 2) {
    g.repeats_question = true;
    g.score = std::min(g.score, 0.15);
  }
  return g;
}

bool Grader::mentions(std::string_view answer, std::span<const std::string> terms) const {
  if (answer.size() > kAnswerLimit) answer = answer.substr(0, kAnswerLimit);
  text::Analysis a = analyzer_.analyze(answer);
  for (const auto& p : concepts_.expand(terms, analyzer_))
    if (occurs(a, p)) return true;
  return false;
}

double Grader::similarity(std::string_view a, std::string_view b) const {
  Doc da = make_doc(analyzer_, a, idf_);
  Doc db = make_doc(analyzer_, b, idf_);
  return similarity_score(pair_features(da, db, nullptr, idf_), pair_features(db, da, nullptr, idf_));
}

bool is_dont_know(std::string_view answer) {
  std::string norm = text::normalize(answer);
  std::string joined;
  std::size_t words = 0;
  for (const auto& t : text::tokenize(norm)) {
    joined += t.text;
    ++words;
  }
  if (joined.empty()) return true;
  static constexpr std::string_view kWhole[] = {
      "모르겠습니다",   "모르겠어요",     "모르겠다",         "모르겠네요",  "잘모르겠습니다", "잘모르겠어요",
      "잘모르겠다",     "모름",           "몰라요",           "모릅니다",    "패스",           "패스하겠습니다",
      "넘어가겠습니다", "기억이안납니다", "기억나지않습니다", "pass",        "skip",           "idk",
      "idontknow",      "dontknow",       "noidea",           "ihavenoidea", "notsure",        "imnotsure",
      "idonotknow",     "dunno",          "nextquestion"};
  for (std::string_view w : kWhole) {
    if (joined == w) return true;
  }
  // Short admissions with a little politeness around them ("음... 죄송하지만 잘 모르겠습니다").
  if (words <= 6) {
    for (std::string_view w : {"모르겠", "모릅니다", "몰라", "dontknow", "donotknow", "noidea", "notsure"}) {
      if (joined.find(w) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace kkori::grade
