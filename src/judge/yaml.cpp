#include "judge/yaml.hpp"

#include <yaml-cpp/yaml.h>

namespace kkori::judge {

namespace {

Yaml convert(const YAML::Node& n) {
  Yaml y;
  if (!n.Mark().is_null()) {
    y.line = n.Mark().line + 1;
    y.col = n.Mark().column + 1;
  }
  switch (n.Type()) {
    case YAML::NodeType::Scalar:
      y.kind = Yaml::Kind::scalar;
      y.scalar = n.Scalar();
      break;
    case YAML::NodeType::Sequence:
      y.kind = Yaml::Kind::list;
      for (const auto& item : n) y.items.push_back(convert(item));
      break;
    case YAML::NodeType::Map:
      y.kind = Yaml::Kind::map;
      for (const auto& kv : n) y.keys.emplace_back(kv.first.Scalar(), convert(kv.second));
      break;
    default:
      break;
  }
  return y;
}

}  // namespace

const Yaml* Yaml::get(std::string_view key) const {
  for (const auto& [k, v] : keys)
    if (k == key) return &v;
  return nullptr;
}

Result<Yaml> parse_yaml(std::string_view text, const std::string& file) {
  try {
    return convert(YAML::Load(std::string(text)));
  } catch (const YAML::Exception& e) {
    return fail(Errc::parse, "YAML syntax: " + e.msg, Location{file, e.mark.line + 1, e.mark.column + 1, {}});
  }
}

}  // namespace kkori::judge
