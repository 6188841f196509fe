#include "bank/parse.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <initializer_list>
#include <regex>
#include <set>

namespace kkori::bank {

namespace {

constexpr int kFormatVersion = 1;

// Collects located errors for one file while walking its YAML tree.
class Reader {
 public:
  Reader(const SourceFile& f, Diagnostics& d) : file_(f), diag_(d) {}

  Location at(const YAML::Node& n) const {
    if (!n.IsDefined()) return Location{file_.path, 0, 0, {}};
    const YAML::Mark m = n.Mark();
    if (m.is_null()) return Location{file_.path, 0, 0, {}};
    return Location{file_.path, m.line + 1, m.column + 1, {}};
  }
  void error(const YAML::Node& n, std::string msg) {
    diag_.errors.push_back(Error{Errc::invalid_input, std::move(msg), at(n)});
  }
  void warn(const YAML::Node& n, std::string msg) {
    diag_.warnings.push_back(Error{Errc::invalid_input, std::move(msg), at(n)});
  }

  std::optional<YAML::Node> load() {
    try {
      return YAML::Load(file_.text);
    } catch (const YAML::Exception& e) {
      diag_.errors.push_back(
          Error{Errc::parse, "YAML syntax: " + e.msg, Location{file_.path, e.mark.line + 1, e.mark.column + 1, {}}});
      return std::nullopt;
    }
  }

  // Reports keys of map `n` outside `allowed` (a typo must not silently drop data).
  void only_keys(const YAML::Node& n, std::initializer_list<std::string_view> allowed, std::string_view what) {
    if (!n.IsMap()) return;
    for (const auto& kv : n) {
      auto k = kv.first.as<std::string>("");
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end())
        error(kv.first, "unknown key '" + k + "' in " + std::string(what));
    }
  }

  bool is_map(const YAML::Node& n, std::string_view what) {
    if (n.IsMap()) return true;
    error(n, std::string(what) + " must be a mapping");
    return false;
  }

  std::string str(const YAML::Node& parent, const char* key, std::string_view ctx, bool required = true) {
    YAML::Node n = parent[key];
    if (!n || n.IsNull()) {
      if (required)
        error(parent,
              ctx.empty() ? "missing '" + std::string(key) + "'" : std::string(ctx) + ": missing '" + key + "'");
      return {};
    }
    if (!n.IsScalar()) {
      error(n, std::string(ctx) + ": '" + key + "' must be a string");
      return {};
    }
    auto s = n.as<std::string>();
    if (required && trimmed_empty(s)) error(n, std::string(ctx) + ": '" + key + "' is empty");
    return s;
  }

  std::vector<std::string> strings(const YAML::Node& parent, const char* key, std::string_view ctx, bool required) {
    std::vector<std::string> out;
    YAML::Node n = parent[key];
    if (!n || n.IsNull()) {
      if (required) error(parent, std::string(ctx) + ": missing '" + key + "'");
      return out;
    }
    if (!n.IsSequence()) {
      error(n, std::string(ctx) + ": '" + key + "' must be a list");
      return out;
    }
    for (const auto& item : n) {
      if (!item.IsScalar() || trimmed_empty(item.as<std::string>())) {
        error(item, std::string(ctx) + ": '" + key + "' items must be non-empty strings");
        continue;
      }
      out.push_back(item.as<std::string>());
    }
    if (required && out.empty() && n.size() == 0) error(n, std::string(ctx) + ": '" + key + "' is empty");
    return out;
  }

  Bilingual bilingual(const YAML::Node& parent, const char* key, std::string_view ctx) {
    Bilingual b;
    YAML::Node n = parent[key];
    if (!n || n.IsNull()) {
      error(parent, std::string(ctx) + ": missing '" + key + "' (needs ko and en)");
      return b;
    }
    if (!is_map(n, std::string(ctx) + "." + key)) return b;
    only_keys(n, {"ko", "en"}, std::string(ctx) + "." + key);
    std::string sub = std::string(ctx) + "." + key;
    b.ko = str(n, "ko", sub);
    b.en = str(n, "en", sub);
    return b;
  }

  int integer(const YAML::Node& parent, const char* key, std::string_view ctx, int fallback, bool required) {
    YAML::Node n = parent[key];
    if (!n || n.IsNull()) {
      if (required) error(parent, std::string(ctx) + ": missing '" + key + "'");
      return fallback;
    }
    try {
      return n.as<int>();
    } catch (const YAML::Exception&) {
      error(n, std::string(ctx) + ": '" + key + "' must be an integer");
      return fallback;
    }
  }

  bool version_ok(const YAML::Node& root) {
    if (!root.IsMap()) {
      error(root, "a content file must be a mapping starting with 'version: 1'");
      return false;
    }
    YAML::Node v = root["version"];
    if (!v) {
      error(root, "missing 'version: 1'");
      return false;
    }
    if (v.as<std::string>("") != std::to_string(kFormatVersion)) {
      error(v, "unsupported content format version '" + v.as<std::string>("") + "' (this kkori reads version 1)");
      return false;
    }
    return true;
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

Keypoint parse_keypoint(Reader& r, const YAML::Node& n, const std::string& qid, std::set<std::string>& seen) {
  Keypoint kp;
  std::string ctx = qid + " keypoint";
  if (!r.is_map(n, ctx)) return kp;
  r.only_keys(n, {"id", "weight", "ko", "en", "terms"}, ctx);
  kp.id = r.str(n, "id", ctx);
  ctx = qid + " keypoint '" + kp.id + "'";
  if (!kp.id.empty() && !valid_slug(kp.id)) r.error(n["id"], ctx + ": id must match [a-z0-9-]+");
  if (!kp.id.empty() && !seen.insert(kp.id).second) r.error(n["id"], qid + ": duplicate keypoint id '" + kp.id + "'");
  YAML::Node w = n["weight"];
  if (!w) {
    r.error(n, ctx + ": missing 'weight'");
  } else {
    try {
      kp.weight = w.as<double>();
      if (!(kp.weight > 0)) r.error(w, ctx + ": weight must be positive");
    } catch (const YAML::Exception&) {
      r.error(w, ctx + ": weight must be a number");
    }
  }
  kp.text.ko = r.str(n, "ko", ctx);
  kp.text.en = r.str(n, "en", ctx);
  kp.terms = r.strings(n, "terms", ctx, true);
  return kp;
}

std::optional<Followup> parse_followup(Reader& r, const YAML::Node& n, const std::string& qid) {
  std::string ctx = qid + " followup";
  if (!r.is_map(n, ctx)) return std::nullopt;
  r.only_keys(n, {"id", "when"}, ctx);
  Followup f;
  f.where = r.at(n);
  f.target = r.str(n, "id", ctx);
  YAML::Node w = n["when"];
  if (!w) {
    r.error(n, ctx + " '" + f.target + "': missing 'when'");
    return std::nullopt;
  }
  if (w.IsScalar() && w.as<std::string>() == "always") {
    f.when = WhenAlways{};
  } else if (w.IsMap() && w.size() == 1) {
    auto key = w.begin()->first.as<std::string>("");
    YAML::Node v = w.begin()->second;
    if (key == "mentions") {
      auto terms = r.strings(w, "mentions", ctx, true);
      f.when = WhenMentions{terms};
    } else if ((key == "missed" || key == "covered") && v.IsScalar()) {
      if (key == "missed")
        f.when = WhenMissed{v.as<std::string>()};
      else
        f.when = WhenCovered{v.as<std::string>()};
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

Question parse_question(Reader& r, const YAML::Node& n, const std::string& area) {
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
    r.error(n["id"], "question id '" + q.id + "' must look like <area>.<slug> with [a-z0-9-]");
  q.area = r.str(n, "area", ctx);
  if (!q.area.empty()) {
    if (!is_area(q.area))
      r.error(n["area"], ctx + ": unknown area '" + q.area + "'");
    else if (q.area != area)
      r.error(n["area"], ctx + ": area '" + q.area + "' does not match its folder questions/" + area + "/");
    else if (!q.id.empty() && !q.id.starts_with(q.area + "."))
      r.error(n["id"], ctx + ": id must start with its area '" + q.area + ".'");
  }
  q.level = r.integer(n, "level", ctx, 1, true);
  if (n["level"] && (q.level < 1 || q.level > 3)) r.error(n["level"], ctx + ": level must be 1, 2 or 3");
  q.roles = r.strings(n, "roles", ctx, true);
  for (std::size_t i = 0; i < q.roles.size(); ++i)
    if (!is_role(q.roles[i])) r.error(n["roles"][i], ctx + ": unknown role '" + q.roles[i] + "'");
  q.tags = r.strings(n, "tags", ctx, false);
  q.prompt = r.bilingual(n, "prompt", ctx);
  q.answer = r.bilingual(n, "answer", ctx);

  YAML::Node kps = n["keypoints"];
  if (!kps) {
    r.error(n, ctx + ": missing 'keypoints'");
  } else if (!kps.IsSequence()) {
    r.error(kps, ctx + ": 'keypoints' must be a list");
  } else {
    std::set<std::string> seen;
    for (const auto& k : kps) q.keypoints.push_back(parse_keypoint(r, k, ctx, seen));
    bool free_form = q.area == "behavioral" || q.area == "project";
    if (q.keypoints.empty() && !free_form)
      r.error(kps, ctx + ": 'keypoints' may be empty only for behavioral and project questions");
    else if (!q.keypoints.empty() && (q.keypoints.size() < 3 || q.keypoints.size() > 7))
      r.warn(kps, ctx + ": " + std::to_string(q.keypoints.size()) + " keypoints (3-7 recommended)");
  }

  YAML::Node fus = n["followups"];
  if (fus && !fus.IsNull()) {
    if (!fus.IsSequence()) {
      r.error(fus, ctx + ": 'followups' must be a list");
    } else {
      for (const auto& f : fus) {
        auto fu = parse_followup(r, f, ctx);
        if (!fu) continue;
        auto check_kp = [&](const std::string& kp, const char* kind) {
          if (!q.keypoint(kp))
            r.error(f["when"], ctx + ": followup '" + fu->target + "' when." + kind + " names keypoint '" + kp +
                                   "', which this question does not have");
        };
        if (auto* w = std::get_if<WhenMissed>(&fu->when)) check_kp(w->keypoint, "missed");
        if (auto* w = std::get_if<WhenCovered>(&fu->when)) check_kp(w->keypoint, "covered");
        if (fu->target == q.id) r.error(f, ctx + ": a question cannot follow up on itself");
        q.followups.push_back(std::move(*fu));
      }
    }
  }

  YAML::Node seen = n["seen_at"];
  if (seen && !seen.IsNull()) {
    if (!seen.IsSequence()) {
      r.error(seen, ctx + ": 'seen_at' must be a list");
    } else {
      for (const auto& s : seen) {
        if (!r.is_map(s, ctx + " seen_at item")) continue;
        r.only_keys(s, {"company", "role", "stage"}, ctx + " seen_at");
        SeenAt sa{r.str(s, "company", ctx + " seen_at"), r.str(s, "role", ctx, false), r.str(s, "stage", ctx, false)};
        if (!sa.role.empty() && !is_role(sa.role)) r.error(s["role"], ctx + ": unknown role '" + sa.role + "'");
        if (!sa.stage.empty() && !is_stage(sa.stage)) r.error(s["stage"], ctx + ": unknown stage '" + sa.stage + "'");
        q.seen_at.push_back(std::move(sa));
      }
    }
  }

  YAML::Node hints = n["hints"];
  if (!hints) {
    r.error(n, ctx + ": missing 'hints' (1-3, ko and en)");
  } else if (!hints.IsSequence() || hints.size() < 1 || hints.size() > 3) {
    r.error(hints, ctx + ": 'hints' must be a list of 1-3 items");
  } else {
    for (const auto& h : hints) {
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
  YAML::Node qs = (*root)["questions"];
  if (!qs || !qs.IsSequence() || qs.size() == 0) {
    r.error(qs ? qs : *root, "'questions' must be a non-empty list");
    return out;
  }
  for (const auto& n : qs) out.push_back(parse_question(r, n, area));
  return out;
}

std::vector<Concept> parse_glossary(const SourceFile& file, Diagnostics& diag) {
  Reader r(file, diag);
  std::vector<Concept> out;
  auto root = r.load();
  if (!root || !r.version_ok(*root)) return out;
  r.only_keys(*root, {"version", "concepts"}, "the glossary");
  YAML::Node cs = (*root)["concepts"];
  if (!cs || !cs.IsSequence()) {
    r.error(cs ? cs : *root, "'concepts' must be a list");
    return out;
  }
  for (const auto& n : cs) {
    if (!r.is_map(n, "a concept")) continue;
    r.only_keys(n, {"id", "area", "ko", "en", "abbr"}, "a concept");
    Concept c;
    c.where = r.at(n);
    c.id = r.str(n, "id", "concept");
    std::string ctx = "concept '" + c.id + "'";
    if (!c.id.empty() && !valid_slug(c.id)) r.error(n["id"], ctx + ": id must match [a-z0-9-]+");
    c.area = r.str(n, "area", ctx, false);
    if (!c.area.empty() && !is_area(c.area)) r.error(n["area"], ctx + ": unknown area '" + c.area + "'");
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
  const YAML::Node& n = *root;
  r.only_keys(n, {"version", "id", "name", "description", "roles", "rounds"}, "a track");
  Track t;
  t.where = r.at(n);
  t.id = r.str(n, "id", "track");
  std::string ctx = "track '" + t.id + "'";
  if (!t.id.empty() && t.id != expected_id)
    r.error(n["id"], ctx + ": id must equal the file name '" + expected_id + "'");
  t.name = r.bilingual(n, "name", ctx);
  t.description = r.bilingual(n, "description", ctx);
  t.roles = r.strings(n, "roles", ctx, false);
  for (std::size_t i = 0; i < t.roles.size(); ++i)
    if (!is_role(t.roles[i])) r.error(n["roles"][i], ctx + ": unknown role '" + t.roles[i] + "'");
  YAML::Node rounds = n["rounds"];
  if (!rounds || !rounds.IsSequence() || rounds.size() == 0) {
    r.error(rounds ? rounds : n, ctx + ": 'rounds' must be a non-empty list");
    return {t};
  }
  std::set<std::string> ids;
  for (const auto& rn : rounds) {
    if (!r.is_map(rn, ctx + " round")) continue;
    r.only_keys(rn, {"id", "name", "areas", "count", "levels", "minutes", "question_minutes", "max_depth"},
                ctx + " round");
    Round rd;
    rd.id = r.str(rn, "id", ctx + " round");
    std::string rctx = ctx + " round '" + rd.id + "'";
    if (!rd.id.empty() && !ids.insert(rd.id).second) r.error(rn["id"], ctx + ": duplicate round id '" + rd.id + "'");
    rd.name = r.bilingual(rn, "name", rctx);
    rd.areas = r.strings(rn, "areas", rctx, true);
    for (std::size_t i = 0; i < rd.areas.size(); ++i)
      if (!is_area(rd.areas[i])) r.error(rn["areas"][i], rctx + ": unknown area '" + rd.areas[i] + "'");
    rd.count = r.integer(rn, "count", rctx, 1, true);
    if (rd.count < 1) r.error(rn["count"], rctx + ": count must be at least 1");
    rd.minutes = r.integer(rn, "minutes", rctx, 10, true);
    if (rd.minutes < 1) r.error(rn["minutes"], rctx + ": minutes must be at least 1");
    rd.question_minutes = r.integer(rn, "question_minutes", rctx, 0, false);
    rd.max_depth = r.integer(rn, "max_depth", rctx, 3, false);
    if (rd.max_depth < 0) r.error(rn["max_depth"], rctx + ": max_depth must be >= 0");
    if (YAML::Node lv = rn["levels"]; lv) {
      if (!lv.IsSequence()) {
        r.error(lv, rctx + ": 'levels' must be a list");
      } else {
        for (const auto& l : lv) {
          int v = l.as<int>(0);
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
