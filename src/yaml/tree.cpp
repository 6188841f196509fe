#include "yaml/tree.hpp"

#include <yaml-cpp/yaml.h>

namespace kkori::yaml {

namespace {

// Copies yaml-cpp's node graph into a Node tree. yaml-cpp shares an aliased node between its uses
// (and `&a [*a]` is a cycle), so the copy is bounded twice: by depth, and by a node budget that a
// file without aliases cannot reach (every node costs at least one character of text).
class Converter {
 public:
  Converter(const std::string& file, std::size_t text_size) : file_(file), budget_(4 * text_size + 64) {}

  bool convert(const YAML::Node& n, Node& out, int depth) {
    place(n, out.line, out.col);
    if (depth > kMaxDepth) return refuse(out, "YAML: nested more than " + std::to_string(kMaxDepth) + " levels deep");
    if (!spend(out)) return false;
    switch (n.Type()) {
      case YAML::NodeType::Scalar:
        out.kind = Kind::scalar;
        out.scalar = n.Scalar();
        return true;
      case YAML::NodeType::Sequence:
        out.kind = Kind::list;
        out.items.reserve(n.size());
        for (const auto& item : n) {
          out.items.emplace_back();
          if (!convert(item, out.items.back(), depth + 1)) return false;
        }
        return true;
      case YAML::NodeType::Map:
        out.kind = Kind::map;
        out.entries.reserve(n.size());
        for (const auto& kv : n) {
          Entry& e = out.entries.emplace_back();
          e.key_kind = kind_of(kv.first);
          if (e.key_kind == Kind::scalar) e.key = kv.first.Scalar();
          place(kv.first, e.line, e.col);
          if (!convert(kv.second, e.value, depth + 1)) return false;
        }
        return true;
      default:  // Null, and Undefined (never produced by the parser)
        out.kind = Kind::null;
        return true;
    }
  }

  Error error() const { return error_; }

 private:
  static Kind kind_of(const YAML::Node& n) {
    switch (n.Type()) {
      case YAML::NodeType::Scalar:
        return Kind::scalar;
      case YAML::NodeType::Sequence:
        return Kind::list;
      case YAML::NodeType::Map:
        return Kind::map;
      default:
        return Kind::null;
    }
  }

  static void place(const YAML::Node& n, int& line, int& col) {
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return;
    line = m.line + 1;
    col = m.column + 1;
  }

  bool spend(const Node& at) {
    if (budget_ == 0) return refuse(at, "YAML: aliases expand to too many nodes");
    --budget_;
    return true;
  }

  bool refuse(const Node& at, std::string msg) {
    error_ = Error{Errc::parse, std::move(msg), Location{file_, at.line, at.col, {}}};
    return false;
  }

  const std::string& file_;
  std::size_t budget_;
  Error error_;
};

}  // namespace

const Node* Node::get(std::string_view key) const {
  for (const auto& e : entries)
    if (e.key_kind == Kind::scalar && e.key == key) return &e.value;
  return nullptr;
}

std::optional<long long> Node::as_int() const {
  if (kind != Kind::scalar) return std::nullopt;
  long long v = 0;
  if (!YAML::convert<long long>::decode(YAML::Node(scalar), v)) return std::nullopt;
  return v;
}

std::optional<double> Node::as_double() const {
  if (kind != Kind::scalar) return std::nullopt;
  double v = 0;
  if (!YAML::convert<double>::decode(YAML::Node(scalar), v)) return std::nullopt;
  return v;
}

Result<Node> parse(std::string_view text, const std::string& file) {
  try {
    const YAML::Node doc = YAML::Load(std::string(text));
    Converter c(file, text.size());
    Node root;
    if (!c.convert(doc, root, 0)) return std::unexpected(c.error());
    return root;
  } catch (const YAML::Exception& e) {
    return fail(Errc::parse, "YAML syntax: " + e.msg, Location{file, e.mark.line + 1, e.mark.column + 1, {}});
  }
}

}  // namespace kkori::yaml
