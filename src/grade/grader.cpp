#include "grade/grader.hpp"

#include <mutex>
#include <shared_mutex>
#include <unordered_map>

#include "grade/model.hpp"
#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::grade {

struct Grader::Cache {
  std::shared_mutex mu;
  std::unordered_map<std::string, std::shared_ptr<const Doc>> docs;
};

Grader::Grader(std::span<const std::string> corpus, const Glossary* glossary)
    : glossary_(glossary), cache_(std::make_unique<Cache>()) {
  for (const auto& t : corpus) idf_.add_document(analyzer_.analyze(t));
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

std::shared_ptr<const Doc> Grader::doc(std::string_view text, const Doc* question, std::string_view question_text) const {
  std::string key(text);
  if (question != nullptr) {
    key += '\x1f';
    key += question_text;
  }
  {
    std::shared_lock lock(cache_->mu);
    if (auto it = cache_->docs.find(key); it != cache_->docs.end()) return it->second;
  }
  auto d = std::make_shared<Doc>(make_doc(analyzer_, text, idf_));
  if (question != nullptr) demote(*d, *question, idf_);
  std::unique_lock lock(cache_->mu);
  if (cache_->docs.size() > 20000) cache_->docs.clear();  // bound memory on endless streams
  cache_->docs.emplace(std::move(key), d);
  return d;
}

ReferenceGrade Grader::grade_against(std::string_view question, std::span<const std::string> references,
                                     std::string_view answer) const {
  ReferenceGrade g;
  g.dont_know = is_dont_know(answer);
  if (g.dont_know || references.empty()) return g;
  Doc a = make_doc(analyzer_, answer, idf_);
  auto q = question.empty() ? nullptr : doc(question);
  if (q) demote(a, *q, idf_);
  for (std::size_t i = 0; i < references.size(); ++i) {
    auto r = doc(references[i], q.get(), question);
    PairFeatures f = pair_features(a, *r, q.get(), idf_);
    double s = reference_score(f);
    if (i == 0 || s > g.score) {
      g.score = s;
      g.best_reference = i;
      g.features = f;
    }
  }
  return g;
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
      "모르겠습니다", "모르겠어요", "모르겠다", "모르겠네요", "잘모르겠습니다", "잘모르겠어요", "잘모르겠다", "모름",
      "몰라요", "모릅니다", "패스", "패스하겠습니다", "넘어가겠습니다", "기억이안납니다", "기억나지않습니다",
      "pass", "skip", "idk", "idontknow", "dontknow", "noidea", "ihavenoidea", "notsure", "imnotsure",
      "idonotknow", "dunno", "nextquestion"};
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
