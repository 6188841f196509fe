#pragma once
// A located YAML tree: every node and every map key knows its line and column. tree.cpp is the
// only file in kkori that includes yaml-cpp; the bank (content files) and the judge (problem.yaml,
// test_group.yaml) read YAML through this. The tree mirrors what yaml-cpp parsed: kinds, scalar
// text as written, map entries in file order (duplicates kept), aliases copied where they are used.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace kkori::yaml {

enum class Kind { null, scalar, list, map };

struct Entry;

struct Node {
  Kind kind = Kind::null;
  std::string scalar;          // Kind::scalar: the text as written ('' is a scalar; `~` and nothing are null)
  std::vector<Node> items;     // Kind::list
  std::vector<Entry> entries;  // Kind::map, in file order
  int line = 0;                // 1-based; 0 = unknown (the empty document)
  int col = 0;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_list() const { return kind == Kind::list; }
  bool is_map() const { return kind == Kind::map; }

  // The value of the first entry whose key is the scalar `key`, or nullptr (also when not a map).
  const Node* get(std::string_view key) const;

  // The scalar as an integer, the way yaml-cpp's as<long long> reads it: the whole text (trailing
  // spaces allowed) is one, with an optional sign ("3", "-2", "+4", "0x1f", "010" is octal).
  // Not "3.5", "abc", "" or a non-scalar. Range: long long.
  std::optional<long long> as_int() const;
  // The scalar as a number like yaml-cpp's as<double>: "2", "0.5", "1e-3", ".inf", "-.inf", ".nan".
  std::optional<double> as_double() const;
};

// One key: value pair of a map. `key` is the key's text when the key is a scalar, "" otherwise.
struct Entry {
  std::string key;
  Kind key_kind = Kind::scalar;
  int line = 0;  // where the key is
  int col = 0;
  Node value;
};

// Nodes nested deeper than this are refused with a located error rather than risking the stack.
inline constexpr int kMaxDepth = 256;

// Parses the first YAML document of `text` ("" and comments only: a null node at 0:0). Syntax
// errors read "YAML syntax: <yaml-cpp's message>" at file:line:col; too deep a nesting, or aliases
// expanding past a budget proportional to the text, are errors too.
Result<Node> parse(std::string_view text, const std::string& file);

}  // namespace kkori::yaml
