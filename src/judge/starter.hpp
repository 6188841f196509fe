#pragma once
// The code an empty editor starts from: reads standard input, writes standard output.
#include <string_view>

#include "judge/package.hpp"

namespace kkori::judge {

std::string_view starter_source(Language lang);

}  // namespace kkori::judge
