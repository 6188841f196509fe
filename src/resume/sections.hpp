#pragma once
// Section names of a résumé ("경력", "Projects", "Education", "기술 스택", ...): which hold
// projects and experiences and which never do.
#include <string_view>

namespace kkori::resume {

enum class SectionKind {
  none,      // not a section name
  projects,  // experience, projects, research, internships, activities
  other,     // education, skills, awards, contact, summary, ...
};

// Classifies a short line (decorations, numbering and a trailing colon ignored).
SectionKind section_kind(std::string_view line);

}  // namespace kkori::resume
