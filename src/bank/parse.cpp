#include "bank/parse.hpp"

#include <algorithm>
#include <climits>
#include <initializer_list>
#include <regex>
#include <set>

#include "yaml/tree.hpp"

namespace kkori::bank {

namespace {

using yaml::Node;

constexpr int kFormatVersion = 1;

// A scalar's text, "null" for a null node and "" for a list or a map (what messages quote).
std::string text_of(yaml::Kind kind, const std::string& scalar) {
  if (kind == yaml::Kind::null) return "null";
  return kind == yaml::Kind::scalar ? scalar : std::string();
}
std::string text_of(const Node& n) { return text_of(n.kind, n.scalar); }
std::string text_of(const yaml::Entry& e) { return text_of(e.key_kind, e.key); }

// Item `i` of a list, or nullptr.
const Node* item(const Node* list, std::size_t i) {
  return list && list->is_list() && i < list->items.size() ? &list->items[i] : nullptr;
}

// Collects located errors for one file while walking its YAML tree.
class Reader {
 public:
  Reader(const SourceFile& f, Diagnostics& d) : file_(f), diag_(d) {}

  // A missing node (nullptr) has no place: the message names the file only.
  Location at(const Node* n) const { return Location{file_.path, n ? n->line : 0, n ? n->col : 0, {}}; }
  Location at(const Node& n) const { return at(&n); }
  void error(Location where, std::string msg) {
    diag_.errors.push_back(Error{Errc::invalid_input, std::move(msg), std::move(where)});
  }
  void error(const Node* n, std::string msg) { error(at(n), std::move(msg)); }
  void error(const Node& n, std::string msg) { error(at(n), std::move(msg)); }
  void warn(const Node& n, std::string msg) {
    diag_.warnings.push_back(Error{Errc::invalid_input, std::move(msg), at(n)});
  }

  std::optional<Node> load() {
    auto doc = yaml::parse(file_.text, file_.path);
    if (!doc) {
      diag_.errors.push_back(doc.error());
      return std::nullopt;
    }
    return std::move(*doc);
  }

  // Reports keys of map `n` outside `allowed` (a typo must not silently drop data), at the key.
  void only_keys(const Node& n, std::initializer_list<std::string_view> allowed, std::string_view what) {
    if (!n.is_map()) return;
    for (const auto& e : n.entries) {
      auto k = text_of(e);
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end())
        error(Location{file_.path, e.line, e.col, {}}, "unknown key '" + k + "' in " + std::string(what));
    }
  }

  bool is_map(const Node& n, std::string_view what) {
    if (n.is_map()) return true;
    error(n, std::string(what) + " must be a mapping");
    return false;
  }

  std::string str(const Node& parent, const char* key, std::string_view ctx, bool required = true) {
    const Node* n = parent.get(key);
    if (!n || n->is_null()) {
      if (required)
        error(parent,
              ctx.empty() ? "missing '" + std::string(key) + "'" : std::string(ctx) + ": missing '" + key + "'");
      return {};
    }
    if (!n->is_scalar()) {
      error(n, std::string(ctx) + ": '" + key + "' must be a string");
      return {};
    }
    auto s = n->scalar;
    if (required && trimmed_empty(s)) error(n, std::string(ctx) + ": '" + key + "' is empty");
    return s;
  }

  std::vector<std::string> strings(const Node& parent, const char* key, std::string_view ctx, bool required) {
    std::vector<std::string> out;
    const Node* n = parent.get(key);
    if (!n || n->is_null()) {
      if (required) error(parent, std::string(ctx) + ": missing '" + key + "'");
      return out;
    }
    if (!n->is_list()) {
      error(n, std::string(ctx) + ": '" + key + "' must be a list");
      return out;
    }
    for (const auto& it : n->items) {
      if (!it.is_scalar() || trimmed_empty(it.scalar)) {
        error(it, std::string(ctx) + ": '" + key + "' items must be non-empty strings");
        continue;
      }
      out.push_back(it.scalar);
    }
    if (required && out.empty() && n->items.empty()) error(n, std::string(ctx) + ": '" + key + "' is empty");
    return out;
  }

  Bilingual bilingual(const Node& parent, const char* key, std::string_view ctx) {
    Bilingual b;
    const Node* n = parent.get(key);
    if (!n || n->is_null()) {
      error(parent, std::string(ctx) + ": missing '" + key + "' (needs ko and en)");
      return b;
    }
    if (!is_map(*n, std::string(ctx) + "." + key)) return b;
    only_keys(*n, {"ko", "en"}, std::string(ctx) + "." + key);
    std::string sub = std::string(ctx) + "." + key;
    b.ko = str(*n, "ko", sub);
    b.en = str(*n, "en", sub);
    return b;
  }

  int integer(const Node& parent, const char* key, std::string_view ctx, int fallback, bool required) {
    const Node* n = parent.get(key);
    if (!n || n->is_null()) {
      if (required) error(parent, std::string(ctx) + ": missing '" + key + "'");
      return fallback;
    }
    auto v = as_int(*n);
    if (!v) {
      error(n, std::string(ctx) + ": '" + key + "' must be an integer");
      return fallback;
    }
    return *v;
  }

  bool version_ok(const Node& root) {
    if (!root.is_map()) {
      error(root, "a content file must be a mapping starting with 'version: 1'");
      return false;
    }
    const Node* v = root.get("version");
    if (!v) {
      error(root, "missing 'version: 1'");
      return false;
    }
    if (text_of(*v) != std::to_string(kFormatVersion)) {
      error(v, "unsupported content format version '" + text_of(*v) + "' (this kkori reads version 1)");
      return false;
    }
    return true;
  }

  // An integer that fits an int ("3.5", "abc" and 2^40 do not).
  static std::optional<int> as_int(const Node& n) {
    auto v = n.as_int();
    if (!v || *v < INT_MIN || *v > INT_MAX) return std::nullopt;
    return static_cast<int>(*v);
  }

  static bool trimmed_empty(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
  }

 private:
  const SourceFile& file_;
  Diagnostics& diag_;
};

bool valid_slug(const std::string& s) {
  static const std::regex re("[a-z0-9][a-z0-9-]*");
  return std::regex_match(s, re);
}

Keypoint parse_keypoint(Reader& r, const Node& n, const std::string& qid, std::set<std::string>& seen) {
  Keypoint kp;
  std::string ctx = qid + " keypoint";
  if (!r.is_map(n, ctx)) return kp;
  r.only_keys(n, {"id", "weight", "ko", "en", "terms"}, ctx);
  kp.id = r.str(n, "id", ctx);
  ctx = qid + " keypoint '" + kp.id + "'";
  if (!kp.id.empty() && !valid_slug(kp.id)) r.error(n.get("id"), ctx + ": id must match [a-z0-9-]+");
  if (!kp.id.empty() && !seen.insert(kp.id).second)
    r.error(n.get("id"), qid + ": duplicate keypoint id '" + kp.id + "'");
  const Node* w = n.get("weight");
  if (!w) {
    r.error(n, ctx + ": missing 'weight'");
  } else if (auto x = w->as_double()) {
    kp.weight = *x;
    if (!(kp.weight > 0)) r.error(w, ctx + ": weight must be positive");
  } else {
    r.error(w, ctx + ": weight must be a number");
  }
  kp.text.ko = r.str(n, "ko", ctx);
  kp.text.en = r.str(n, "en", ctx);
  kp.terms = r.strings(n, "terms", ctx, true);
  return kp;
}

std::optional<Followup> parse_followup(Reader& r, const Node& n, const std::string& qid) {
  std::string ctx = qid + " followup";
  if (!r.is_map(n, ctx)) return std::nullopt;
  r.only_keys(n, {"id", "when"}, ctx);
  Followup f;
  f.where = r.at(n);
  f.target = r.str(n, "id", ctx);
  const Node* w = n.get("when");
  if (!w) {
    r.error(n, ctx + " '" + f.target + "': missing 'when'");
    return std::nullopt;
  }
  if (w->is_scalar() && w->scalar == "always") {
    f.when = WhenAlways{};
  } else if (w->is_map() && w->entries.size() == 1) {
    auto key = text_of(w->entries.front());
    const Node& v = w->entries.front().value;
    if (key == "mentions") {
      auto terms = r.strings(*w, "mentions", ctx, true);
      f.when = WhenMentions{terms};
    } else if ((key == "missed" || key == "covered") && v.is_scalar()) {
      if (key == "missed")
        f.when = WhenMissed{v.scalar};
      else
        f.when = WhenCovered{v.scalar};
    } else {
      r.error(w, ctx + " '" + f.target + "': 'when' must be always, {mentions: [..]}, {missed: kp} or {covered: kp}");
      return std::nullopt;
    }
  } else {
    r.error(w, ctx + " '" + f.target + "': 'when' must be always, {mentions: [..]}, {missed: kp} or {covered: kp}");
    return std::nullopt;
  }
  return f;
}

Question parse_question(Reader& r, const Node& n, const std::string& area) {
  Question q;
  q.where = r.at(n);
  if (!r.is_map(n, "a question")) return q;
  r.only_keys(
      n, {"id", "area", "level", "roles", "tags", "prompt", "answer", "keypoints", "followups", "seen_at", "hints"},
      "a question");
  q.id = r.str(n, "id", "question");
  const std::string& ctx = q.id.empty() ? std::string("question") : q.id;
  static const std::regex id_re("([a-z]+)\\.([a-z0-9][a-z0-9-]*)");
  std::smatch m;
  if (!q.id.empty() && !std::regex_match(q.id, m, id_re))
    r.error(n.get("id"), "question id '" + q.id + "' must look like <area>.<slug> with [a-z0-9-]");
  q.area = r.str(n, "area", ctx);
  if (!q.area.empty()) {
    if (!is_area(q.area))
      r.error(n.get("area"), ctx + ": unknown area '" + q.area + "'");
    else if (q.area != area)
      r.error(n.get("area"), ctx + ": area '" + q.area + "' does not match its folder questions/" + area + "/");
    else if (!q.id.empty() && !q.id.starts_with(q.area + "."))
      r.error(n.get("id"), ctx + ": id must start with its area '" + q.area + ".'");
  }
  q.level = r.integer(n, "level", ctx, 1, true);
  if (n.get("level") && (q.level < 1 || q.level > 3)) r.error(n.get("level"), ctx + ": level must be 1, 2 or 3");
  q.roles = r.strings(n, "roles", ctx, true);
  // Positions index the list as written, like the yaml-cpp original (a skipped bad item shifts them).
  for (std::size_t i = 0; i < q.roles.size(); ++i)
    if (!is_role(q.roles[i])) r.error(item(n.get("roles"), i), ctx + ": unknown role '" + q.roles[i] + "'");
  q.tags = r.strings(n, "tags", ctx, false);
  q.prompt = r.bilingual(n, "prompt", ctx);
  q.answer = r.bilingual(n, "answer", ctx);

  const Node* kps = n.get("keypoints");
  if (!kps) {
    r.error(n, ctx + ": missing 'keypoints'");
  } else if (!kps->is_list()) {
    r.error(kps, ctx + ": 'keypoints' must be a list");
  } else {
    std::set<std::string> seen;
    for (const auto& k : kps->items) q.keypoints.push_back(parse_keypoint(r, k, ctx, seen));
    bool free_form = q.area == "behavioral" || q.area == "project";
    if (q.keypoints.empty() && !free_form)
      r.error(kps, ctx + ": 'keypoints' may be empty only for behavioral and project questions");
    else if (!q.keypoints.empty() && (q.keypoints.size() < 3 || q.keypoints.size() > 7))
      r.warn(*kps, ctx + ": " + std::to_string(q.keypoints.size()) + " keypoints (3-7 recommended)");
  }

  const Node* fus = n.get("followups");
  if (fus && !fus->is_null()) {
    if (!fus->is_list()) {
      r.error(fus, ctx + ": 'followups' must be a list");
    } else {
      for (const auto& f : fus->items) {
        auto fu = parse_followup(r, f, ctx);
        if (!fu) continue;
        auto check_kp = [&](const std::string& kp, const char* kind) {
          if (!q.keypoint(kp))
            r.error(f.get("when"), ctx + ": followup '" + fu->target + "' when." + kind + " names keypoint '" + kp +
                                       "', which this question does not have");
        };
        if (auto* w = std::get_if<WhenMissed>(&fu->when)) check_kp(w->keypoint, "missed");
        if (auto* w = std::get_if<WhenCovered>(&fu->when)) check_kp(w->keypoint, "covered");
        if (fu->target == q.id) r.error(f, ctx + ": a question cannot follow up on itself");
        q.followups.push_back(std::move(*fu));
      }
    }
  }

  const Node* seen = n.get("seen_at");
  if (seen && !seen->is_null()) {
    if (!seen->is_list()) {
      r.error(seen, ctx + ": 'seen_at' must be a list");
    } else {
      for (const auto& s : seen->items) {
        if (!r.is_map(s, ctx + " seen_at item")) continue;
        r.only_keys(s, {"company", "role", "stage"}, ctx + " seen_at");
        SeenAt sa{r.str(s, "company", ctx + " seen_at"), r.str(s, "role", ctx, false), r.str(s, "stage", ctx, false)};
        if (!sa.role.empty() && !is_role(sa.role)) r.error(s.get("role"), ctx + ": unknown role '" + sa.role + "'");
        if (!sa.stage.empty() && !is_stage(sa.stage))
          r.error(s.get("stage"), ctx + ": unknown stage '" + sa.stage + "'");
        q.seen_at.push_back(std::move(sa));
      }
    }
  }

  const Node* hints = n.get("hints");
  if (!hints) {
    r.error(n, ctx + ": missing 'hints' (1-3, ko and en)");
  } else if (!hints->is_list() || hints->items.size() < 1 || hints->items.size() > 3) {
    r.error(hints, ctx + ": 'hints' must be a list of 1-3 items");
  } else {
    for (const auto& h : hints->items) {
      if (!r.is_map(h, ctx + " hint")) continue;
      r.only_keys(h, {"ko", "en"}, ctx + " hint");
      q.hints.push_back(Bilingual{r.str(h, "ko", ctx + " hint"), r.str(h, "en", ctx + " hint")});
    }
  }
  return q;
}

}  // namespace

std::vector<Question> parse_questions(const SourceFile& file, const std::string& area, Diagnostics& diag) {
  Reader r(file, diag);
  std::vector<Question> out;
  auto root = r.load();
  if (!root || !r.version_ok(*root)) return out;
  r.only_keys(*root, {"version", "questions"}, "a question file");
  const Node* qs = root->get("questions");
  if (!qs || !qs->is_list() || qs->items.empty()) {
    r.error(qs ? *qs : *root, "'questions' must be a non-empty list");
    return out;
  }
  for (const auto& n : qs->items) out.push_back(parse_question(r, n, area));
  return out;
}

std::vector<Concept> parse_glossary(const SourceFile& file, Diagnostics& diag) {
  Reader r(file, diag);
  std::vector<Concept> out;
  auto root = r.load();
  if (!root || !r.version_ok(*root)) return out;
  r.only_keys(*root, {"version", "concepts"}, "the glossary");
  const Node* cs = root->get("concepts");
  if (!cs || !cs->is_list()) {
    r.error(cs ? *cs : *root, "'concepts' must be a list");
    return out;
  }
  for (const auto& n : cs->items) {
    if (!r.is_map(n, "a concept")) continue;
    r.only_keys(n, {"id", "area", "ko", "en", "abbr"}, "a concept");
    Concept c;
    c.where = r.at(n);
    c.id = r.str(n, "id", "concept");
    std::string ctx = "concept '" + c.id + "'";
    if (!c.id.empty() && !valid_slug(c.id)) r.error(n.get("id"), ctx + ": id must match [a-z0-9-]+");
    c.area = r.str(n, "area", ctx, false);
    if (!c.area.empty() && !is_area(c.area)) r.error(n.get("area"), ctx + ": unknown area '" + c.area + "'");
    c.ko = r.strings(n, "ko", ctx, true);
    c.en = r.strings(n, "en", ctx, true);
    c.abbr = r.strings(n, "abbr", ctx, false);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Track> parse_track(const SourceFile& file, const std::string& expected_id, Diagnostics& diag) {
  Reader r(file, diag);
  auto root = r.load();
  if (!root || !r.version_ok(*root)) return {};
  const Node& n = *root;
  r.only_keys(n, {"version", "id", "name", "description", "roles", "rounds"}, "a track");
  Track t;
  t.where = r.at(n);
  t.id = r.str(n, "id", "track");
  std::string ctx = "track '" + t.id + "'";
  if (!t.id.empty() && t.id != expected_id)
    r.error(n.get("id"), ctx + ": id must equal the file name '" + expected_id + "'");
  t.name = r.bilingual(n, "name", ctx);
  t.description = r.bilingual(n, "description", ctx);
  t.roles = r.strings(n, "roles", ctx, false);
  for (std::size_t i = 0; i < t.roles.size(); ++i)
    if (!is_role(t.roles[i])) r.error(item(n.get("roles"), i), ctx + ": unknown role '" + t.roles[i] + "'");
  const Node* rounds = n.get("rounds");
  if (!rounds || !rounds->is_list() || rounds->items.empty()) {
    r.error(rounds ? *rounds : n, ctx + ": 'rounds' must be a non-empty list");
    return {t};
  }
  std::set<std::string> ids;
  for (const auto& rn : rounds->items) {
    if (!r.is_map(rn, ctx + " round")) continue;
    r.only_keys(rn, {"id", "name", "areas", "count", "levels", "minutes", "question_minutes", "max_depth"},
                ctx + " round");
    Round rd;
    rd.id = r.str(rn, "id", ctx + " round");
    std::string rctx = ctx + " round '" + rd.id + "'";
    if (!rd.id.empty() && !ids.insert(rd.id).second)
      r.error(rn.get("id"), ctx + ": duplicate round id '" + rd.id + "'");
    rd.name = r.bilingual(rn, "name", rctx);
    rd.areas = r.strings(rn, "areas", rctx, true);
    for (std::size_t i = 0; i < rd.areas.size(); ++i)
      if (!is_area(rd.areas[i])) r.error(item(rn.get("areas"), i), rctx + ": unknown area '" + rd.areas[i] + "'");
    rd.count = r.integer(rn, "count", rctx, 1, true);
    if (rd.count < 1) r.error(rn.get("count"), rctx + ": count must be at least 1");
    rd.minutes = r.integer(rn, "minutes", rctx, 10, true);
    if (rd.minutes < 1) r.error(rn.get("minutes"), rctx + ": minutes must be at least 1");
    rd.question_minutes = r.integer(rn, "question_minutes", rctx, 0, false);
    rd.max_depth = r.integer(rn, "max_depth", rctx, 3, false);
    if (rd.max_depth < 0) r.error(rn.get("max_depth"), rctx + ": max_depth must be >= 0");
    if (const Node* lv = rn.get("levels")) {
      if (!lv->is_list()) {
        r.error(lv, rctx + ": 'levels' must be a list");
      } else {
        for (const auto& l : lv->items) {
          int v = Reader::as_int(l).value_or(0);  // not an integer: 0, refused below
          if (v < 1 || v > 3)
            r.error(l, rctx + ": levels must be 1, 2 or 3");
          else
            rd.levels.push_back(v);
        }
      }
    }
    t.rounds.push_back(std::move(rd));
  }
  return {t};
}

}  // namespace kkori::bank
