#pragma once
// The one include of CLI11 for the cli/ module.
#include <CLI/CLI.hpp>
