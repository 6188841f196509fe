#pragma once
// The loaded, validated content: questions, glossary, tracks (docs/content-format.md).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/error.hpp"
#include "core/glossary.hpp"
#include "core/question.hpp"
#include "core/track.hpp"

namespace kkori::bank {

// One content file: its path relative to the content root ("questions/ml/optimization.yaml")
// and its text. Loading is pure over these; reading them from disk is files.hpp's job.
struct SourceFile {
  std::string path;
  std::string text;
};

class Bank {
 public:
  std::vector<Question> questions;
  Glossary glossary;
  std::vector<Track> tracks;

  const Question* find(std::string_view id) const;
  const Track* find_track(std::string_view id) const;
  // Ids of questions some followup points to.
  bool is_tail(std::string_view id) const;
  // Longest followup path from `id` (0 = no followups), cycles cut.
  int chain_depth(std::string_view id) const;
  // Rebuilds the id indexes; call after changing `questions`.
  void reindex();

 private:
  std::unordered_map<std::string, std::size_t> by_id_;
  std::unordered_map<std::string, int> tail_count_;
  std::unordered_map<std::string, int> depth_;  // chain_depth, computed by reindex()
};

struct LoadResult {
  Bank bank;                    // everything that parsed, even when there are errors
  std::vector<Error> errors;    // every problem found, in file order
  std::vector<Error> warnings;  // style problems that do not block loading
};

// Parses and validates all files. Never stops at the first problem.
LoadResult load(const std::vector<SourceFile>& files);

}  // namespace kkori::bank
