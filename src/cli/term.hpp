#pragma once
// Terminal helpers: colour only on a TTY, display width of Korean text, a bilingual pick.
#include <string>
#include <string_view>

#include "cli/context.hpp"

namespace kkori::cli {

enum class Color { none, bold, dim, red, green, yellow, cyan };

// Wraps `s` in ANSI codes when ctx.color (stdout is a TTY and NO_COLOR is unset).
std::string paint(const Context& ctx, Color c, std::string_view s);

// Columns a string takes in a terminal (Hangul and CJK count 2).
std::size_t display_width(std::string_view utf8);
// Cuts to at most `cols` columns, adding "…" when cut.
std::string truncate_cols(std::string_view utf8, std::size_t cols);
// Pads with spaces to `cols` columns.
std::string pad_cols(std::string_view utf8, std::size_t cols);
// Greedy word wrap to `cols` columns, keeping existing newlines.
std::string wrap(std::string_view utf8, std::size_t cols, std::string_view indent = "");

inline const char* tr(const Context& ctx, const char* ko, const char* en) { return ctx.lang == Lang::ko ? ko : en; }

}  // namespace kkori::cli
