#pragma once
#include <map>
#include <string>

#include "bank/bank.hpp"

namespace kkori::bank {

struct AreaStats {
  int questions = 0;
  int tails = 0;
  std::map<int, int> by_level;  // level -> count
  int max_chain_depth = 0;
};

struct Stats {
  int questions = 0;
  int tails = 0;     // questions some followup points to
  int glossary = 0;  // concepts
  int tracks = 0;
  int max_chain_depth = 0;  // longest followup path from any root
  std::map<std::string, AreaStats> by_area;
};

Stats compute_stats(const Bank& bank);

}  // namespace kkori::bank
