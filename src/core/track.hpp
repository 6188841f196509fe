#pragma once
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/lang.hpp"

namespace kkori {

struct Round {
  std::string id;
  Bilingual name;
  std::vector<std::string> areas;
  int count = 1;
  std::vector<int> levels;  // empty = all levels
  int minutes = 10;
  int question_minutes = 0;  // 0 = minutes / count
  int max_depth = 3;
};

struct Track {
  std::string id;
  Bilingual name;
  Bilingual description;
  std::vector<std::string> roles;
  std::vector<Round> rounds;
  Location where;
};

}  // namespace kkori
