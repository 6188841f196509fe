#pragma once
#include <string>
#include <vector>

#include "core/error.hpp"

namespace kkori {

// A concept and the surface forms that name it (docs/content-format.md).
struct Concept {
  std::string id;
  std::string area;  // optional
  std::vector<std::string> ko;
  std::vector<std::string> en;
  std::vector<std::string> abbr;
  Location where;
};

struct Glossary {
  std::vector<Concept> concepts;
};

}  // namespace kkori
