#pragma once
// The JSON of `kkori resume questions --json` and POST /api/v1/resume/questions (docs/resume.md):
// {"lang", "projects": [{"title", "context"?, "span", "title_span", "questions":
//   [{"text", "kind": "template|technology|claim", "source", "bank_id"?, "concept"?, "key"}]}]}
// A span is {"start", "end", "line", "end_line", "text"}: byte offsets into the résumé text.
#include <string_view>

#include "core/lang.hpp"
#include "json/json.hpp"
#include "resume/maker.hpp"

namespace kkori::resume {

Json to_json(const Report& r, std::string_view text, Lang lang);
Json span_json(const Span& s, std::string_view text);

}  // namespace kkori::resume
