#include "resume/analyze.hpp"

namespace kkori::resume {

Findings analyze(std::string_view text, const ConceptFinder& concepts) {
  Findings f;
  f.lines = split_lines(text);
  f.korean = mostly_korean(text);
  for (auto& block : find_projects(text, f.lines)) {
    ProjectFindings p;
    for (std::size_t i : block.lines) {
      const Line& l = f.lines[i];
      auto hits = concepts.find(text, l.content, l.content_end, f.lines);
      p.concepts.insert(p.concepts.end(), hits.begin(), hits.end());
      auto claims = find_claims(text, l);
      p.claims.insert(p.claims.end(), claims.begin(), claims.end());
      if (i == block.lines.front()) continue;  // "Data Scientist" in a title says nothing about data
      auto facts = find_facts(text, l);
      p.facts.insert(p.facts.end(), facts.begin(), facts.end());
    }
    p.block = std::move(block);
    f.projects.push_back(std::move(p));
  }
  return f;
}

}  // namespace kkori::resume
