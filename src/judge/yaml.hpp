#pragma once
// A small located YAML tree for problem.yaml and test_group.yaml; yaml.cpp is the judge's only
// yaml-cpp include (bank/parse.cpp is the bank's).
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.hpp"

namespace kkori::judge {

struct Yaml {
  enum class Kind { null, scalar, list, map };
  Kind kind = Kind::null;
  std::string scalar;                              // Kind::scalar, as written
  std::vector<Yaml> items;                         // Kind::list
  std::vector<std::pair<std::string, Yaml>> keys;  // Kind::map, in file order
  int line = 0;                                    // 1-based; 0 = unknown
  int col = 0;

  // The value under `key` in a map, or nullptr.
  const Yaml* get(std::string_view key) const;
};

// Parses one YAML document ("" is a null document). Errors carry file:line:col.
Result<Yaml> parse_yaml(std::string_view text, const std::string& file);

}  // namespace kkori::judge
