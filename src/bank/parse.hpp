#pragma once
// Parsing one content file into core types, from the located tree of yaml/tree.hpp.
// Per-file rules (required fields, both languages, levels, areas, weights, unknown keys) are
// checked here; cross-file rules (unique ids, followup targets) in validate.hpp.
#include <vector>

#include "bank/bank.hpp"

namespace kkori::bank {

struct Diagnostics {
  std::vector<Error> errors;
  std::vector<Error> warnings;
};

// `area` is the folder the file sits in (questions/<area>/<topic>.yaml).
std::vector<Question> parse_questions(const SourceFile& file, const std::string& area, Diagnostics& diag);
std::vector<Concept> parse_glossary(const SourceFile& file, Diagnostics& diag);
std::vector<Track> parse_track(const SourceFile& file, const std::string& expected_id, Diagnostics& diag);

}  // namespace kkori::bank
