#include "bank/bank.hpp"

#include <algorithm>
#include <atomic>
#include <functional>
#include <thread>
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

// What one content file gave: its questions, concepts or tracks, and its own problems.
struct FileResult {
  Diagnostics diag;
  std::vector<Question> questions;
  std::vector<Concept> concepts;
  std::vector<Track> tracks;
};

FileResult parse_file(const SourceFile& f) {
  FileResult r;
  auto parts = split_path(f.path);
  if (parts.empty() || !parts.back().ends_with(".yaml")) return r;
  if (parts.size() == 1 && parts[0] == "glossary.yaml") {
    r.concepts = parse_glossary(f, r.diag);
  } else if (parts.size() == 2 && parts[0] == "tracks") {
    r.tracks = parse_track(f, stem(parts[1]), r.diag);
  } else if (parts.size() == 3 && parts[0] == "questions") {
    if (!is_area(parts[1])) {
      r.diag.errors.push_back(Error{Errc::invalid_input,
                                    "unknown area folder '" + parts[1] +
                                        "' (areas: ml dl nlp cv genai math cs linux "
                                        "mlops sysdesign project behavioral)",
                                    Location{f.path, 0, 0, {}}});
      return r;
    }
    r.questions = parse_questions(f, parts[1], r.diag);
  } else {
    r.diag.warnings.push_back(Error{Errc::invalid_input,
                                    "not a content file (expected questions/<area>/<topic>.yaml, glossary.yaml or "
                                    "tracks/<id>.yaml); ignored",
                                    Location{f.path, 0, 0, {}}});
  }
  return r;
}

}  // namespace

LoadResult load(const std::vector<SourceFile>& files) {
  LoadResult res;
  Diagnostics diag;
  std::vector<const SourceFile*> sorted;
  sorted.reserve(files.size());
  for (const auto& f : files) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->path < b->path; });

  // The files are parsed side by side (YAML parsing is most of every command's start-up) and
  // merged in path order, so the bank and the order of its problems do not depend on the threads.
  std::vector<FileResult> parsed(sorted.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < sorted.size(); i = next++) parsed[i] = parse_file(*sorted[i]);
  };
  {
    const unsigned workers = std::clamp(std::thread::hardware_concurrency(), 1U, 4U);
    std::vector<std::jthread> pool;
    for (unsigned w = 1; w < workers && w < sorted.size(); ++w) pool.emplace_back(work);
    work();
  }
  for (FileResult& r : parsed) {
    for (auto& e : r.diag.errors) diag.errors.push_back(std::move(e));
    for (auto& e : r.diag.warnings) diag.warnings.push_back(std::move(e));
    for (auto& q : r.questions) res.bank.questions.push_back(std::move(q));
    for (auto& c : r.concepts) res.bank.glossary.concepts.push_back(std::move(c));
    for (auto& t : r.tracks) res.bank.tracks.push_back(std::move(t));
  }
  res.bank.reindex();
  validate_bank(res.bank, diag);
  res.errors = std::move(diag.errors);
  res.warnings = std::move(diag.warnings);
  return res;
}

}  // namespace kkori::bank
