#pragma once
// JSON and text renderings of core types shared by several commands.
#include "cli/context.hpp"
#include "cli/json.hpp"
#include "core/question.hpp"

namespace kkori::cli {

Json to_json(const Bilingual& b);
Json to_json(const Question& q);
std::string when_to_string(const When& w);

}  // namespace kkori::cli
