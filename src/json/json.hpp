#pragma once
// The one include of nlohmann-json (header-only) for every module that reads or writes JSON.
#include <nlohmann/json.hpp>

namespace kkori {
using Json = nlohmann::ordered_json;
}
