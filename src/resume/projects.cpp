#include "resume/projects.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "resume/dates.hpp"
#include "resume/sections.hpp"
#include "text/unicode.hpp"

namespace kkori::resume {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr int kRankSection = 15;
constexpr int kRankBold = 65;
constexpr int kRankBullet = 80;

struct Node {
  std::size_t line = kNone;  // heading line; kNone for the root
  int rank = 0;
  bool bullet = false;  // a bullet with sub-bullets: ends where the indent comes back
  bool plain = false;   // a title line found by shape, not marked up
  int indent = 0;
  SectionKind section = SectionKind::none;
  std::size_t parent = kNone;
  std::vector<std::size_t> body;      // direct, non-blank lines
  std::vector<std::size_t> children;  // node indexes
  std::size_t last = 0;               // last line of the subtree
};

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool ends_like_sentence(std::string_view s) {
  for (std::string_view e : {".", "。", "다", "요", ",", ";"})
    if (s.ends_with(e) && !s.ends_with("..")) return true;
  return false;
}

bool is_contact(std::string_view s) {
  for (std::string_view k : {"@", "http", "www.", "github.com", "linkedin", "010-", "+82", "tel:", "Tel:", "Phone"})
    if (s.find(k) != std::string_view::npos) return true;
  return false;
}

std::size_t next_nonblank(const std::vector<Line>& lines, std::size_t i) {
  for (std::size_t j = i + 1; j < lines.size(); ++j)
    if (lines[j].kind != LineKind::blank) return j;
  return kNone;
}

bool substantive(std::string_view text, const Line& l) {
  if (l.kind == LineKind::blank) return false;
  std::string_view c = content_of(text, l);
  return code_points(c) >= 8 && !is_date_only(c) && !is_contact(c);
}

// A short line that names what the lines after it describe.
bool plain_title(std::string_view text, const std::vector<Line>& lines, std::size_t i) {
  const Line& l = lines[i];
  std::string_view c = content_of(text, l);
  if (l.kind != LineKind::text || l.indent > 4 || code_points(c) > 70 || code_points(c) < 2) return false;
  if (ends_like_sentence(c) || is_date_only(c) || is_contact(c)) return false;
  if (c.ends_with(":") && code_points(c) > 30) return false;  // "Responsibilities included:"
  std::size_t j = next_nonblank(lines, i);
  if (j == kNone) return false;
  const Line& n = lines[j];
  if (find_dates(c) && n.kind != LineKind::heading) return true;
  if (n.kind == LineKind::bullet) return true;
  if (n.kind == LineKind::text && n.indent > l.indent) return true;
  if (n.kind == LineKind::text && is_date_only(content_of(text, n))) {
    std::size_t k = next_nonblank(lines, j);
    return k != kNone && (lines[k].kind == LineKind::bullet || lines[k].indent > l.indent);
  }
  return false;
}

bool bullet_title(std::string_view text, const std::vector<Line>& lines, std::size_t i) {
  const Line& l = lines[i];
  if (l.kind != LineKind::bullet) return false;
  std::string_view c = content_of(text, l);
  if (code_points(c) > 60 || ends_like_sentence(c)) return false;
  std::size_t j = next_nonblank(lines, i);
  return j != kNone && lines[j].kind != LineKind::heading && lines[j].indent > l.indent;
}

// Where "Title: what it was" splits, or kNone.
std::size_t title_colon(std::string_view c) {
  for (std::string_view sep : {": ", " - ", " – ", " — ", " | "}) {
    std::size_t p = c.find(sep);
    if (p != std::string_view::npos && p >= 2 && code_points(c.substr(0, p)) <= 40 && c.size() - p > 10) return p;
  }
  return kNone;
}

constexpr std::array<std::string_view, 22> kEdgeJunk = {" ", "\t", "|", "-", "–", "—", ",", "·", ":", "/", "*",
                                                        "_", "`",  "#", "■", "▶", "●", "◆", "□", "▪", "★", "☆"};

// Length of a junk symbol that starts (or, with `at_end`, ends) `v`, or 0.
std::size_t edge_junk(std::string_view v, bool at_end) {
  for (auto j : kEdgeJunk)
    if (at_end ? v.ends_with(j) : v.starts_with(j)) return j.size();
  return 0;
}

}  // namespace

Span clean_title(std::string_view text, const Line& l) {
  std::size_t b = l.content, e = l.content_end;
  auto view = [&] { return text.substr(b, e - b); };
  // Labels.
  for (std::string_view label : {"project name:", "project:", "프로젝트명:", "프로젝트:", "과제명:", "프로젝트명 :"}) {
    std::string_view v = view();
    if (v.size() >= label.size()) {
      bool same = true;
      for (std::size_t k = 0; k < label.size(); ++k)
        same = same && static_cast<char>(std::tolower(static_cast<unsigned char>(v[k]))) == label[k];
      if (same) b += label.size();
    }
  }
  // Dates: cut them off at the end, or skip them at the start.
  if (auto d = find_dates(view())) {
    std::size_t db = b + d->begin, de = b + d->end;
    std::string_view before = text.substr(b, db - b), after = text.substr(de, e - de);
    auto letters = [](std::string_view s) {
      return std::any_of(s.begin(), s.end(), [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || std::isalnum(static_cast<unsigned char>(c));
      });
    };
    if (letters(before) && !letters(after))
      e = db;
    else if (!letters(before) && letters(after))
      b = de;
    else if (letters(before) && letters(after) && code_points(after) <= 12)
      e = db;  // "Title (2021) 6개월"
  }
  auto trim = [&] {
    for (bool changed = true; changed && b < e;) {
      changed = false;
      while (std::size_t k = b < e ? edge_junk(view(), false) : 0) b += k, changed = true;
      while (std::size_t k = e > b ? edge_junk(view(), true) : 0) e -= k, changed = true;
      // Brackets around the whole title, or left open by a cut.
      std::string_view v = view();
      for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"},
                                 {"(", ")"},
                                 {"【", "】"},
                                 {"「", "」"},
                                 {"<", ">"}}) {
        bool o = v.starts_with(open), c = v.ends_with(close);
        std::size_t inner_open = v.find(open, o ? open.size() : 0), inner_close = v.find(close);
        if (o && c && inner_close == v.size() - close.size()) {
          b += open.size(), e -= close.size(), changed = true;
        } else if (c && inner_open == std::string_view::npos) {
          e -= close.size(), changed = true;
        } else if (o && inner_close == std::string_view::npos) {
          b += open.size(), changed = true;
        } else if (v.ends_with(open)) {
          e -= open.size(), changed = true;  // "Title (" left by a cut
        }
        v = view();
      }
    }
  };
  trim();
  if (b >= e) return Span{l.content, l.content_end, l.number, l.number};
  // Too long for a title: cut at "Title: description".
  if (code_points(view()) > 50)
    if (std::size_t p = title_colon(view()); p != kNone) {
      e = b + p;
      trim();
    }
  return Span{b, e, l.number, l.number};
}

std::vector<ProjectBlock> find_projects(std::string_view text, const std::vector<Line>& lines) {
  const std::size_t n = lines.size();
  bool markdown = false;
  for (const auto& l : lines)
    markdown = markdown || l.kind == LineKind::heading || (l.kind == LineKind::text && l.bold);

  // Ranks: lower is higher in the outline; 0 = not a heading.
  std::vector<int> rank(n, 0);
  std::vector<SectionKind> section(n, SectionKind::none);
  std::vector<bool> plain(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Line& l = lines[i];
    std::string_view c = content_of(text, l);
    if (l.kind == LineKind::heading || l.kind == LineKind::text) section[i] = section_kind(c);
    if (l.kind == LineKind::heading) {
      rank[i] = l.md_level * 10;
    } else if (l.kind == LineKind::text && section[i] != SectionKind::none) {
      rank[i] = kRankSection;
    } else if (l.kind == LineKind::text && l.bold) {
      rank[i] = kRankBold;
    } else if (plain_title(text, lines, i)) {
      // A second title line right under one ("카카오 (2019 ~ 2021)" over "추천팀 ML 엔지니어") says
      // more about the same entry.
      std::size_t prev = i;
      while (prev > 0 && lines[prev - 1].kind == LineKind::blank) --prev;
      if (prev > 0 && plain[prev - 1]) continue;
      rank[i] = markdown ? 70 : 40;
      plain[i] = true;
    } else if (bullet_title(text, lines, i)) {
      rank[i] = kRankBullet;
    }
  }

  // The outline.
  std::vector<Node> nodes(1);
  std::vector<std::size_t> stack{0};
  for (std::size_t i = 0; i < n; ++i) {
    const Line& l = lines[i];
    if (l.kind == LineKind::blank) continue;
    while (stack.size() > 1 && nodes[stack.back()].bullet && l.indent <= nodes[stack.back()].indent) stack.pop_back();
    if (rank[i] > 0) {
      while (stack.size() > 1 && nodes[stack.back()].rank >= rank[i]) stack.pop_back();
      Node node;
      node.line = i;
      node.rank = rank[i];
      node.bullet = rank[i] == kRankBullet;
      node.plain = plain[i];
      node.indent = l.indent;
      node.section = section[i];
      node.parent = stack.back();
      nodes[node.parent].children.push_back(nodes.size());
      stack.push_back(nodes.size());
      nodes.push_back(std::move(node));
    } else {
      nodes[stack.back()].body.push_back(i);
    }
    for (std::size_t s : stack) nodes[s].last = i;
  }

  auto excluded = [&](std::size_t k) {
    for (; k != kNone; k = nodes[k].parent)
      if (nodes[k].section == SectionKind::other) return true;
    return false;
  };
  auto count_substantive = [&](const std::vector<std::size_t>& body) {
    return std::count_if(body.begin(), body.end(), [&](std::size_t i) { return substantive(text, lines[i]); });
  };

  // A company line whose only child is a plain role line is one entry.
  for (std::size_t k = 1; k < nodes.size(); ++k) {
    Node& nd = nodes[k];
    if (nd.section != SectionKind::none || nd.children.size() != 1 || count_substantive(nd.body) > 0) continue;
    Node& child = nodes[nd.children[0]];
    if (!child.plain || !child.children.empty()) continue;
    nd.body.push_back(child.line);
    nd.body.insert(nd.body.end(), child.body.begin(), child.body.end());
    child.body.clear();
    child.line = kNone;
    nd.children.clear();
  }

  auto title_of = [&](std::size_t k) -> std::string {
    if (k == kNone || nodes[k].line == kNone) return {};
    Span s = clean_title(text, lines[nodes[k].line]);
    return std::string(text.substr(s.begin, s.end - s.begin));
  };
  std::vector<ProjectBlock> out;
  auto emit = [&](std::size_t title_line, const std::vector<std::size_t>& body, std::size_t parent,
                  std::size_t cut = kNone) {
    ProjectBlock p;
    const Line& tl = lines[title_line];
    p.title_span = clean_title(text, tl);
    if (cut != kNone) p.title_span = Span{tl.content, tl.content + cut, tl.number, tl.number};
    p.title = std::string(text.substr(p.title_span.begin, p.title_span.end - p.title_span.begin));
    if (parent != kNone && nodes[parent].section == SectionKind::none) p.context = title_of(parent);
    p.lines.push_back(title_line);
    for (std::size_t i : body)
      if (i != title_line) p.lines.push_back(i);
    std::size_t last = *std::max_element(p.lines.begin(), p.lines.end());
    p.span = span_of_lines(lines, title_line, last);
    out.push_back(std::move(p));
  };

  for (std::size_t k = 1; k < nodes.size(); ++k) {
    const Node& nd = nodes[k];
    if (nd.line == kNone || excluded(k)) continue;
    if (nd.section == SectionKind::projects) {
      if (!nd.children.empty() || nd.body.empty()) continue;
      // Bullet groups under a Projects heading: blank-separated groups, or "Title: ..." bullets.
      std::vector<std::vector<std::size_t>> groups;
      for (std::size_t i : nd.body) {
        if (groups.empty() || lines[i - 1].kind == LineKind::blank) groups.emplace_back();
        groups.back().push_back(i);
      }
      if (groups.size() < 2) {
        int min_indent = 1 << 20;
        for (std::size_t i : nd.body) min_indent = std::min(min_indent, lines[i].indent);
        std::vector<std::vector<std::size_t>> items;
        bool titled = true;
        for (std::size_t i : nd.body) {
          if (lines[i].indent == min_indent) {
            items.emplace_back();
            titled = titled && title_colon(content_of(text, lines[i])) != kNone;
          }
          if (!items.empty()) items.back().push_back(i);
        }
        if (titled && items.size() >= 2) groups = std::move(items);
      }
      if (groups.size() >= 2) {
        for (auto& g : groups) {
          std::string_view c = content_of(text, lines[g[0]]);
          std::size_t cut = title_colon(c);
          emit(g[0], g, nd.parent, cut);
        }
      } else {
        emit(nd.line, nd.body, nd.parent);
      }
      continue;
    }
    const auto subst = count_substantive(nd.body);
    if ((nd.children.empty() && subst >= 1) || subst >= 2) emit(nd.line, nd.body, nd.parent);
  }

  if (out.empty()) {
    // No outline at all: the whole text is one project, named by its first line.
    std::vector<std::size_t> body;
    for (std::size_t i = 0; i < n; ++i)
      if (lines[i].kind != LineKind::blank && !is_contact(content_of(text, lines[i]))) body.push_back(i);
    if (!body.empty() && count_substantive(body) >= 1) emit(body[0], body, kNone);
  }
  std::sort(out.begin(), out.end(),
            [](const ProjectBlock& a, const ProjectBlock& b) { return a.span.begin < b.span.begin; });
  return out;
}

}  // namespace kkori::resume
