#include "bank/bank.hpp"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "bank/parse.hpp"
#include "bank/validate.hpp"

namespace kkori::bank {

const Question* Bank::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &questions[it->second];
}

const Track* Bank::find_track(std::string_view id) const {
  for (const auto& t : tracks)
    if (t.id == id) return &t;
  return nullptr;
}

bool Bank::is_tail(std::string_view id) const { return tail_count_.contains(std::string(id)); }

int Bank::chain_depth(std::string_view id) const {
  auto it = depth_.find(std::string(id));
  return it == depth_.end() ? 0 : it->second;
}

void Bank::reindex() {
  by_id_.clear();
  tail_count_.clear();
  for (std::size_t i = 0; i < questions.size(); ++i) by_id_.emplace(questions[i].id, i);
  for (const auto& q : questions)
    for (const auto& f : q.followups) ++tail_count_[f.target];
  // Longest followup path per question, once: a depth-first search that memoises finished
  // questions and cuts edges back into the current path (cycles), O(questions + followups).
  // (A search per call without the memo is exponential on a well-linked bank.)
  depth_.clear();
  enum class Mark { none, open, done };
  std::vector<Mark> mark(questions.size(), Mark::none);
  std::vector<int> depth(questions.size(), 0);
  std::function<void(std::size_t)> visit = [&](std::size_t i) {
    mark[i] = Mark::open;
    for (const auto& f : questions[i].followups) {
      auto t = by_id_.find(f.target);
      if (t == by_id_.end() || mark[t->second] == Mark::open) continue;
      if (mark[t->second] == Mark::none) visit(t->second);
      depth[i] = std::max(depth[i], 1 + depth[t->second]);
    }
    mark[i] = Mark::done;
  };
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (mark[i] == Mark::none) visit(i);
    depth_.emplace(questions[i].id, depth[i]);
  }
}

namespace {

// "questions/ml/optimization.yaml" -> {"questions", "ml", "optimization.yaml"}
std::vector<std::string> split_path(const std::string& path) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : path) {
    if (c == '/') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  return parts;
}

std::string stem(const std::string& file) { return file.ends_with(".yaml") ? file.substr(0, file.size() - 5) : file; }

}  // namespace

LoadResult load(const std::vector<SourceFile>& files) {
  LoadResult res;
  Diagnostics diag;
  std::vector<const SourceFile*> sorted;
  sorted.reserve(files.size());
  for (const auto& f : files) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->path < b->path; });

  for (const SourceFile* f : sorted) {
    auto parts = split_path(f->path);
    if (parts.empty() || !parts.back().ends_with(".yaml")) continue;
    if (parts.size() == 1 && parts[0] == "glossary.yaml") {
      auto cs = parse_glossary(*f, diag);
      res.bank.glossary.concepts.insert(res.bank.glossary.concepts.end(), cs.begin(), cs.end());
    } else if (parts.size() == 2 && parts[0] == "tracks") {
      auto ts = parse_track(*f, stem(parts[1]), diag);
      res.bank.tracks.insert(res.bank.tracks.end(), ts.begin(), ts.end());
    } else if (parts.size() == 3 && parts[0] == "questions") {
      if (!is_area(parts[1])) {
        diag.errors.push_back(Error{Errc::invalid_input,
                                    "unknown area folder '" + parts[1] +
                                        "' (areas: ml dl nlp cv genai math cs linux "
                                        "mlops sysdesign project behavioral)",
                                    Location{f->path, 0, 0, {}}});
        continue;
      }
      auto qs = parse_questions(*f, parts[1], diag);
      for (auto& q : qs) res.bank.questions.push_back(std::move(q));
    } else {
      diag.warnings.push_back(Error{Errc::invalid_input,
                                    "not a content file (expected questions/<area>/<topic>.yaml, glossary.yaml or "
                                    "tracks/<id>.yaml); ignored",
                                    Location{f->path, 0, 0, {}}});
    }
  }
  res.bank.reindex();
  validate_bank(res.bank, diag);
  res.errors = std::move(diag.errors);
  res.warnings = std::move(diag.warnings);
  return res;
}

}  // namespace kkori::bank
