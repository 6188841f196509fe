#pragma once
// One pass over a résumé: its projects and, in each, the concepts, claims and facts found.
#include <string_view>
#include <vector>

#include "resume/claims.hpp"
#include "resume/concepts.hpp"
#include "resume/facts.hpp"
#include "resume/projects.hpp"

namespace kkori::resume {

struct ProjectFindings {
  ProjectBlock block;
  std::vector<ConceptHit> concepts;  // every hit, in text order (a concept may repeat)
  std::vector<Claim> claims;         // in text order
  std::vector<Fact> facts;           // in text order
};

struct Findings {
  std::vector<Line> lines;
  std::vector<ProjectFindings> projects;
  bool korean = false;  // the résumé is mostly Korean
};

Findings analyze(std::string_view text, const ConceptFinder& concepts);

}  // namespace kkori::resume
