#pragma once
// The batch line that only asks to grade an answer against reference answers
// ({"id"?, "question"?, "reference" | "references", "answer", other keys ignored}), read with
// simdjson. Building an nlohmann DOM of such a line cost about a fifth of grade-batch's time
// per answer; this reads it several times faster. Any other line (a rubric, a bank question, an id
// that is not a string or an integer, broken JSON) is left to the general reader, which also
// reports its problems.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/json.hpp"

namespace kkori::json {

struct ReferenceLine {
  Json id;                              // null when absent
  std::string question;                 // "" when absent
  std::vector<std::string> references;  // "references", or else the one "reference"
  std::string answer;
};

// One per thread (it keeps the parser's buffers between lines).
class ReferenceLineReader {
 public:
  ReferenceLineReader();
  ~ReferenceLineReader();
  ReferenceLineReader(const ReferenceLineReader&) = delete;
  ReferenceLineReader& operator=(const ReferenceLineReader&) = delete;

  // The line's fields, or nullopt when it is not such a line of valid JSON.
  std::optional<ReferenceLine> read(std::string_view line);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kkori::json
