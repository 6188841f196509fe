#pragma once
// The closest bank questions to a question heard in an interview: candidates from the bank's
// full-text search (bank/search.hpp), re-ranked by how much of the wording they share. kkori only
// proposes; the user confirms the link (or keeps the question as a personal one).
#include <string>
#include <vector>

#include "bank/search.hpp"

namespace kkori::tracker {

struct Proposal {
  const Question* question = nullptr;
  double similarity = 0.0;  // 0..1, Dice overlap of content terms with the prompt (the closer language)
  double search_score = 0.0;
};

// A proposal at least this similar is marked "likely the same question" in the front ends.
inline constexpr double kLikelySimilarity = 0.5;

// At most `limit` proposals, most similar first (search order breaks ties). Empty when nothing matches.
Result<std::vector<Proposal>> propose(const bank::SearchIndex& index, const std::string& heard, int limit = 3);

// Dice coefficient of the content terms (bank::index_terms without stop words) of two texts.
double term_similarity(const std::string& a, const std::string& b);

}  // namespace kkori::tracker
