#pragma once
// POST /api/v1/resume/questions: questions from résumé text (docs/resume.md). Stateless: the
// text is analysed and forgotten; nothing is stored.
#include <vector>

#include "bank/bank.hpp"
#include "server/router.hpp"

namespace kkori::server {

// REQUIRES: `bank` outlives the routes.
std::vector<Route> resume_routes(const bank::Bank& bank);

}  // namespace kkori::server
