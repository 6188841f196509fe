#pragma once
// Cross-file rules: unique question ids, followup targets exist, glossary forms unambiguous,
// tracks can be filled. Per-file rules live in parse.cpp.
#include "bank/bank.hpp"
#include "bank/parse.hpp"

namespace kkori::bank {

void validate_bank(const Bank& bank, Diagnostics& diag);

}  // namespace kkori::bank
