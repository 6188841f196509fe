#pragma once
// The other things a project line can say that interviewers ask about: team size ("4인 팀",
// "team of 5"), role words ("리드", "담당", "led", "owned"), data descriptions ("검색 로그",
// "dataset"), data work ("정제", "라벨링", "dedup"), serving ("배포", "Kubernetes") and
// speed work ("추론 최적화", "양자화"). Each fact points at the clause that says it.
#include <string_view>
#include <vector>

#include "resume/document.hpp"

namespace kkori::resume {

enum class FactKind { team, role, data, data_work, serving, speed_work };

struct Fact {
  FactKind kind = FactKind::data;
  Span span;  // the clause around the words
};

// At most one fact of each kind per line.
std::vector<Fact> find_facts(std::string_view text, const Line& line);

// The clause of `line` around [begin, end): bounded by , ; : ( ) [ ] | · • and sentence ends,
// at most about 90 bytes (cut at spaces around the words when longer).
Span clause_around(std::string_view text, const Line& line, std::size_t begin, std::size_t end);

std::string_view to_string(FactKind k);

}  // namespace kkori::resume
