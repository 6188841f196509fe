#pragma once
// A session the API is running: its stored row and the engine rebuilt from it.
#include "core/attempt.hpp"
#include "interview/session.hpp"
#include "server/api.hpp"

namespace kkori::server {

struct Api::Live {
  Session row;
  interview::Interview iv;
};

}  // namespace kkori::server
