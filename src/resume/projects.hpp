#pragma once
// Finding the projects and experiences of a résumé: Markdown headings, bold lines, short title
// lines followed by bullets, dated entries ("Naver | ML Engineer | 2020.03 – 현재"), bullets
// with sub-bullets, and bullet groups under a "Projects" section. Sections such as Education,
// Skills or Contact are skipped; an entry whose only child is a plain title line (a role line
// under a company) is one project.
#include <string>
#include <string_view>
#include <vector>

#include "resume/document.hpp"

namespace kkori::resume {

struct ProjectBlock {
  std::string title;
  Span title_span;                 // where the title stands in its line
  Span span;                       // the title line through the last line of the project
  std::string context;             // the enclosing entry, such as the company; may be empty
  std::vector<std::size_t> lines;  // indexes into the lines: the title line first, then the body
};

std::vector<ProjectBlock> find_projects(std::string_view text, const std::vector<Line>& lines);

// A heading's text without Markdown, dates, "Project:" labels and edge separators, as a range of
// `text` inside `l`. Exposed for tests.
Span clean_title(std::string_view text, const Line& l);

}  // namespace kkori::resume
