#pragma once
// The default output validator of the problem package format: compares whitespace-separated
// tokens, case-insensitively unless asked otherwise, numbers within a tolerance when one is set.
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kkori::judge {

struct CheckerFlags {
  bool case_sensitive = false;
  bool space_change_sensitive = false;  // whitespace must match exactly, not just separate tokens
  double relative_tolerance = -1.0;     // < 0: not set
  double absolute_tolerance = -1.0;
  bool has_tolerance() const { return relative_tolerance >= 0.0 || absolute_tolerance >= 0.0; }
};

// Parses validator flags: `case_sensitive`, `space_change_sensitive`, `float_relative_tolerance E`,
// `float_absolute_tolerance E`, `float_tolerance E` (both). Unknown flags are errors.
Result<CheckerFlags> parse_checker_flags(const std::vector<std::string>& args);

struct CheckResult {
  bool accepted = false;
  std::string message;  // why not, for people: "line 2: expected '3', got '4'"
};

// Compares the program's output with the answer file.
CheckResult check_tokens(std::string_view answer, std::string_view output, const CheckerFlags& flags);

}  // namespace kkori::judge
