#pragma once
#include "json/json.hpp"

namespace kkori::cli {
using kkori::Json;
}
