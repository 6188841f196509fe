// The located YAML tree (src/yaml/tree.hpp): positions of nodes and keys, file order, null vs
// empty, strict numbers, syntax errors, and hostile nesting.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "yaml/tree.hpp"

namespace kkori::yaml {
namespace {

Node must_parse(const std::string& text) {
  auto r = parse(text, "t.yaml");
  EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().located());
  return r ? *r : Node{};
}

// The value of `key: <text>` read back, for number tests.
Node scalar_of(const std::string& text) {
  Node root = must_parse("v: " + text + "\n");
  const Node* v = root.get("v");
  return v ? *v : Node{};
}

TEST(YamlTree, PositionsOfNodesAndKeys) {
  Node root = must_parse("a: 1\nlist:\n  - x\n  - {k: v}\n");
  ASSERT_TRUE(root.is_map());
  EXPECT_EQ(root.line, 1);
  EXPECT_EQ(root.col, 1);
  ASSERT_EQ(root.entries.size(), 2u);
  const Entry& a = root.entries[0];
  EXPECT_EQ(a.key, "a");
  EXPECT_EQ(a.line, 1);
  EXPECT_EQ(a.col, 1);
  EXPECT_EQ(a.value.line, 1);
  EXPECT_EQ(a.value.col, 4);
  const Entry& list = root.entries[1];
  EXPECT_EQ(list.line, 2);
  EXPECT_EQ(list.col, 1);
  ASSERT_TRUE(list.value.is_list());
  ASSERT_EQ(list.value.items.size(), 2u);
  EXPECT_EQ(list.value.items[0].scalar, "x");
  EXPECT_EQ(list.value.items[0].line, 3);
  EXPECT_EQ(list.value.items[0].col, 5);
  const Node& m = list.value.items[1];
  ASSERT_TRUE(m.is_map());
  EXPECT_EQ(m.line, 4);
  EXPECT_EQ(m.col, 5);
  ASSERT_EQ(m.entries.size(), 1u);
  EXPECT_EQ(m.entries[0].key, "k");
  EXPECT_EQ(m.entries[0].line, 4);
  EXPECT_EQ(m.entries[0].col, 6);
  EXPECT_EQ(m.entries[0].value.line, 4);
  EXPECT_EQ(m.entries[0].value.col, 9);
}

TEST(YamlTree, ColumnsCountAfterMultibyteText) {
  Node root = must_parse("- {ko: \"가나\", en: x}\n");
  const Node& m = root.items.at(0);
  ASSERT_EQ(m.entries.size(), 2u);
  EXPECT_EQ(m.entries[1].key, "en");
  EXPECT_EQ(m.entries[1].line, 1);
  EXPECT_GT(m.entries[1].col, m.entries[0].col);
}

TEST(YamlTree, MapEntriesKeepFileOrderAndDuplicates) {
  Node root = must_parse("z: 1\na: 2\nm: 3\na: 4\n");
  ASSERT_EQ(root.entries.size(), 4u);
  EXPECT_EQ(root.entries[0].key, "z");
  EXPECT_EQ(root.entries[1].key, "a");
  EXPECT_EQ(root.entries[2].key, "m");
  EXPECT_EQ(root.entries[3].key, "a");
  ASSERT_NE(root.get("a"), nullptr);
  EXPECT_EQ(root.get("a")->scalar, "2");  // the first one, like yaml-cpp's operator[]
  EXPECT_EQ(root.get("missing"), nullptr);
  EXPECT_EQ(root.entries[0].value.get("z"), nullptr);  // not a map
}

TEST(YamlTree, NullIsNotTheEmptyString) {
  Node root = must_parse("a:\nb: ~\nc: ''\nd: null\ne: \"\"\nf: 010\ng: !!str null\n");
  EXPECT_TRUE(root.get("a")->is_null());
  EXPECT_TRUE(root.get("b")->is_null());
  EXPECT_TRUE(root.get("d")->is_null());
  ASSERT_TRUE(root.get("c")->is_scalar());
  EXPECT_EQ(root.get("c")->scalar, "");
  ASSERT_TRUE(root.get("e")->is_scalar());
  EXPECT_EQ(root.get("e")->scalar, "");
  EXPECT_EQ(root.get("f")->scalar, "010");  // as written
  ASSERT_TRUE(root.get("g")->is_scalar());
  EXPECT_EQ(root.get("g")->scalar, "null");
  // An empty value is placed where the parser met it: the next key.
  EXPECT_EQ(root.get("a")->line, 2);
  EXPECT_EQ(root.get("a")->col, 1);
}

TEST(YamlTree, KeysThatAreNotScalars) {
  Node root = must_parse("~: 1\n? [a]\n: 2\n'': 3\n");
  ASSERT_EQ(root.entries.size(), 3u);
  EXPECT_EQ(root.entries[0].key_kind, Kind::null);
  EXPECT_EQ(root.entries[0].key, "");
  EXPECT_EQ(root.entries[1].key_kind, Kind::list);
  EXPECT_EQ(root.entries[1].key, "");
  EXPECT_EQ(root.entries[1].line, 2);
  EXPECT_EQ(root.entries[2].key_kind, Kind::scalar);
  ASSERT_NE(root.get(""), nullptr);
  EXPECT_EQ(root.get("")->scalar, "3");  // only the scalar '' key matches ""
  EXPECT_EQ(root.get("null"), nullptr);
}

TEST(YamlTree, EmptyDocumentIsNullWithoutPlace) {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    Node root = must_parse(text);
    EXPECT_TRUE(root.is_null()) << text;
    EXPECT_EQ(root.line, 0) << text;
    EXPECT_EQ(root.col, 0) << text;
  }
}

TEST(YamlTree, OnlyTheFirstDocumentIsRead) {
  Node root = must_parse("a: 1\n---\nb: 2\n");
  EXPECT_NE(root.get("a"), nullptr);
  EXPECT_EQ(root.get("b"), nullptr);
}

TEST(YamlTree, AliasesAreCopiedWhereUsed) {
  Node root = must_parse("a: &x {k: 1}\nb: *x\n");
  const Node* b = root.get("b");
  ASSERT_NE(b, nullptr);
  ASSERT_TRUE(b->is_map());
  EXPECT_EQ(b->get("k")->scalar, "1");
  EXPECT_EQ(b->line, 1);  // the anchored node's place
}

TEST(YamlTree, AsIntIsStrict) {
  EXPECT_EQ(scalar_of("3").as_int(), 3);
  EXPECT_EQ(scalar_of("-2").as_int(), -2);
  EXPECT_EQ(scalar_of("+4").as_int(), 4);
  EXPECT_EQ(scalar_of("0x10").as_int(), 16);
  EXPECT_EQ(scalar_of("010").as_int(), 8);   // yaml-cpp reads C-style bases
  EXPECT_EQ(scalar_of("'3 '").as_int(), 3);  // trailing spaces are allowed
  EXPECT_EQ(scalar_of("99999999999").as_int(), 99999999999LL);
  for (const char* bad : {"3.5", "abc", "''", "' 3'", "3x", "2.0", "1e3", "99999999999999999999", "~", "[1]", "{a: 1}"})
    EXPECT_FALSE(scalar_of(bad).as_int().has_value()) << bad;
}

TEST(YamlTree, AsDoubleIsStrict) {
  EXPECT_EQ(scalar_of("2").as_double(), 2.0);
  EXPECT_EQ(scalar_of("0.5").as_double(), 0.5);
  EXPECT_EQ(scalar_of("-1.5").as_double(), -1.5);
  EXPECT_EQ(scalar_of("1e-3").as_double(), 1e-3);
  EXPECT_TRUE(std::isinf(*scalar_of(".inf").as_double()));
  EXPECT_LT(*scalar_of("-.inf").as_double(), 0);
  EXPECT_TRUE(std::isnan(*scalar_of(".nan").as_double()));
  for (const char* bad : {"heavy", "''", "1.5kg", "inf", "nan", "0x1p3", "~", "[1]", "{a: 1}"})
    EXPECT_FALSE(scalar_of(bad).as_double().has_value()) << bad;
}

TEST(YamlTree, SyntaxErrorsAreLocated) {
  auto r = parse("a: 1\nb: [1, 2\nc: 3\n", "dir/t.yaml");
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().code, Errc::parse);
  EXPECT_TRUE(r.error().message.starts_with("YAML syntax: ")) << r.error().message;
  EXPECT_EQ(r.error().where.file, "dir/t.yaml");
  EXPECT_EQ(r.error().where.line, 3);  // where the unclosed list was found to be unclosed
  EXPECT_EQ(r.error().where.col, 2);

  auto tab = parse("a:\n\t- b\n", "t.yaml");
  ASSERT_FALSE(tab.has_value());
  EXPECT_EQ(tab.error().where.line, 2);
  EXPECT_EQ(tab.error().where.col, 2);
}

std::string nested(int depth) {
  return std::string(static_cast<std::size_t>(depth), '[') + "x" + std::string(static_cast<std::size_t>(depth), ']');
}

TEST(YamlTree, DeepNestingIsRefusedNotACrash) {
  // At the limit: fine.
  Node ok = must_parse(nested(kMaxDepth));
  const Node* n = &ok;
  int depth = 0;
  while (n->is_list()) n = &n->items.at(0), ++depth;
  EXPECT_EQ(depth, kMaxDepth);
  EXPECT_EQ(n->scalar, "x");

  // Past it: a located error from the tree.
  auto deeper = parse(nested(kMaxDepth + 1), "t.yaml");
  ASSERT_FALSE(deeper.has_value());
  EXPECT_EQ(deeper.error().code, Errc::parse);
  EXPECT_NE(deeper.error().message.find("nested more than"), std::string::npos) << deeper.error().message;
  EXPECT_EQ(deeper.error().where.line, 1);
  EXPECT_GT(deeper.error().where.col, kMaxDepth);

  // Far past it, also under maps: yaml-cpp's own guard or ours, never the stack.
  for (const std::string& text : {nested(100000), std::string(50000, '{') + "}"}) {
    auto r = parse(text, "t.yaml");
    EXPECT_FALSE(r.has_value());
  }
  std::string block;
  for (int i = 0; i < 400; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  EXPECT_FALSE(parse(block, "t.yaml").has_value());
}

TEST(YamlTree, AliasBombsAndCyclesAreRefused) {
  // Ten levels of ten aliases each: 10^10 nodes if copied naively.
  std::string bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
  for (int i = 1; i <= 10; ++i) {
    std::string prev = "*a" + std::to_string(i - 1);
    bomb += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
    for (int j = 0; j < 10; ++j) bomb += (j ? ", " : "") + prev;
    bomb += "]\n";
  }
  auto r = parse(bomb, "t.yaml");
  ASSERT_FALSE(r.has_value());
  EXPECT_NE(r.error().message.find("too many nodes"), std::string::npos) << r.error().message;

  // A node that contains itself.
  auto cycle = parse("a: &a [*a]\n", "t.yaml");
  EXPECT_FALSE(cycle.has_value());
}

}  // namespace
}  // namespace kkori::yaml
