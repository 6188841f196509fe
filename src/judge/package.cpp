#include "judge/package.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>

#include "judge/checker.hpp"
#include "yaml/tree.hpp"

namespace kkori::judge {

std::string_view to_string(Language l) { return l == Language::cpp ? "cpp" : "python"; }

std::optional<Language> parse_language(std::string_view s) {
  if (s == "cpp" || s == "c++" || s == "cxx") return Language::cpp;
  if (s == "python" || s == "python3" || s == "py") return Language::python;
  return std::nullopt;
}

std::optional<Language> language_of(std::string_view path) {
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  auto ext = path.substr(dot);
  if (ext == ".cpp" || ext == ".cc" || ext == ".cxx") return Language::cpp;
  if (ext == ".py") return Language::python;
  return std::nullopt;
}

std::size_t Package::sample_count() const {
  return static_cast<std::size_t>(std::count_if(tests.begin(), tests.end(), [](const auto& t) { return t.sample; }));
}

namespace {

using yaml::Kind;

// Where the package's files are shown in messages.
class Diag {
 public:
  Diag(PackageLoad& out, std::string prefix) : out_(out), prefix_(std::move(prefix)) {}
  Location at(const std::string& file, const yaml::Node* n = nullptr) const {
    return Location{prefix_ + file, n ? n->line : 0, n ? n->col : 0, {}};
  }
  void error(const std::string& file, const yaml::Node* n, std::string msg) {
    out_.errors.push_back(Error{Errc::invalid_input, std::move(msg), at(file, n)});
  }
  void warn(const std::string& file, const yaml::Node* n, std::string msg) {
    out_.warnings.push_back(Error{Errc::invalid_input, std::move(msg), at(file, n)});
  }
  void add(Error e) {
    e.where.file = prefix_ + e.where.file;
    out_.errors.push_back(std::move(e));
  }

 private:
  PackageLoad& out_;
  std::string prefix_;
};

bool starts(std::string_view s, std::string_view p) { return s.starts_with(p); }

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::optional<double> number(const yaml::Node& n) {
  if (n.kind != Kind::scalar) return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(n.scalar.data(), n.scalar.data() + n.scalar.size(), v);
  if (ec != std::errc{} || p != n.scalar.data() + n.scalar.size()) return std::nullopt;
  return v;
}

// A string, or a list of strings, as words ("float_tolerance 1e-6" -> two words).
std::optional<std::vector<std::string>> words(const yaml::Node& n) {
  std::vector<std::string> out;
  auto split = [&](const std::string& s) {
    std::size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n')) ++i;
      std::size_t j = i;
      while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\n') ++j;
      if (j > i) out.push_back(s.substr(i, j - i));
      i = j;
    }
  };
  if (n.kind == Kind::null) return out;
  if (n.kind == Kind::scalar) {
    split(n.scalar);
    return out;
  }
  if (n.kind != Kind::list) return std::nullopt;
  for (const auto& item : n.items) {
    if (item.kind != Kind::scalar) return std::nullopt;
    out.push_back(item.scalar);
  }
  return out;
}

void read_limits(const yaml::Node& lim, ProblemLimits& l, Diag& d) {
  const std::string f = "problem.yaml";
  if (lim.kind != Kind::map) return d.error(f, &lim, "'limits' must be a mapping");
  for (const auto& e : lim.entries) {
    const std::string& key = e.key;
    const yaml::Node& v = e.value;
    // The value when it is a positive number up to `max`; else reports it and gives nullopt.
    auto positive = [&](double max) -> std::optional<double> {
      auto x = number(v);
      if (!x || *x <= 0 || *x > max) {
        d.error(f, &v, "limits." + key + " must be a positive number (at most " + std::to_string(int(max)) + ")");
        return std::nullopt;
      }
      return x;
    };
    if (key == "time_limit") {
      if (auto x = positive(60)) l.time_limit_s = *x, l.time_limit_given = true;
    } else if (key == "memory") {
      if (auto x = positive(65536)) l.memory_mib = static_cast<int>(*x);
    } else if (key == "output") {
      if (auto x = positive(1024)) l.output_mib = static_cast<int>(*x);
    } else if (key == "compilation_time") {
      if (auto x = positive(600)) l.compile_time_s = *x;
    } else if (key == "compilation_memory") {
      if (auto x = positive(65536)) l.compile_memory_mib = static_cast<int>(*x);
    } else if (key == "time_multipliers" || key == "time_resolution" || key == "code" || key == "validation_time" ||
               key == "validation_memory" || key == "validation_output" || key == "validation_passes" ||
               key == "time_multiplier" || key == "time_safety_margin") {
      // Known to the format; kkori does not use them.
    } else {
      d.warn(f, &v, "unknown key 'limits." + key + "' (ignored)");
    }
  }
}

Bilingual read_name(const yaml::Node& n, Diag& d) {
  Bilingual b;
  if (n.kind == Kind::scalar) {
    b.en = b.ko = n.scalar;
  } else if (n.kind == Kind::map) {
    for (const auto& e : n.entries) {
      const std::string& lang = e.key;
      const yaml::Node& v = e.value;
      if (v.kind != Kind::scalar) d.error("problem.yaml", &v, "name." + lang + " must be a string");
      if (lang == "en") b.en = v.scalar;
      if (lang == "ko") b.ko = v.scalar;
    }
    if (b.en.empty() && b.ko.empty() && !n.entries.empty()) b.en = n.entries.front().value.scalar;
  } else {
    d.error("problem.yaml", &n, "'name' must be a string or a mapping from language to string");
  }
  return b;
}

// kkori's block: category, level, languages, tags, hints [{ko, en}].
void read_kkori(const std::string& f, const yaml::Node& k, Package& p, Diag& d) {
  if (k.kind != Kind::map) return d.error(f, &k, "'kkori' must be a mapping");
  for (const auto& e : k.entries) {
    const std::string& key = e.key;
    const yaml::Node& v = e.value;
    if (key == "category") {
      p.category = v.scalar;
    } else if (key == "level") {
      auto x = number(v);
      if (!x || *x < 1 || *x > 3 || *x != static_cast<int>(*x))
        d.error(f, &v, "kkori.level must be 1, 2 or 3");
      else
        p.level = static_cast<int>(*x);
    } else if (key == "tags" || key == "languages") {
      auto w = words(v);
      if (!w)
        d.error(f, &v, "kkori." + key + " must be a list of strings");
      else
        (key == "tags" ? p.tags : p.languages) = *w;
      if (key == "languages")
        for (const auto& l : p.languages)
          if (!parse_language(l)) d.error(f, &v, "kkori.languages: unknown language '" + l + "' (cpp, python)");
    } else if (key == "hints") {
      if (v.kind != Kind::list) {
        d.error(f, &v, "kkori.hints must be a list of {ko: ..., en: ...}");
        continue;
      }
      for (const auto& h : v.items) {
        const yaml::Node* ko = h.get("ko");
        const yaml::Node* en = h.get("en");
        if (h.kind != Kind::map || !ko || !en || ko->kind != Kind::scalar || en->kind != Kind::scalar) {
          d.error(f, &h, "a hint needs both ko and en text");
          continue;
        }
        p.hints.push_back(Bilingual{ko->scalar, en->scalar});
      }
    } else {
      d.warn(f, &v, "unknown key 'kkori." + key + "' (ignored)");
    }
  }
}

void read_problem_yaml(const PackageFile& f, Package& p, std::vector<std::string>& problem_flags, Diag& d) {
  auto doc = yaml::parse(f.data, f.path);
  if (!doc) return d.add(doc.error());
  const yaml::Node& y = *doc;
  if (y.kind == Kind::null) return;
  if (y.kind != Kind::map) return d.error(f.path, &y, "problem.yaml must be a mapping");
  for (const auto& e : y.entries) {
    const std::string& key = e.key;
    const yaml::Node& v = e.value;
    if (key == "problem_format_version") {
      p.format_version = v.scalar;
      if (v.scalar != "legacy" && v.scalar != "2023-07-draft" && v.scalar != "2025-09")
        d.warn(f.path, &v, "unknown problem_format_version '" + v.scalar + "' (read as 2025-09)");
    } else if (key == "type") {
      auto types = words(v).value_or(std::vector<std::string>{});
      for (const auto& t : types) {
        if (t == "pass-fail") continue;
        if (t == "scoring") {
          d.warn(f.path, &v, "type 'scoring': kkori judges it as pass-fail");
        } else {
          d.error(f.path, &v, "problem type '" + t + "' is not supported by kkori (only pass-fail and scoring)");
        }
      }
      if (!types.empty()) p.type = types.front();
    } else if (key == "name") {
      p.name = read_name(v, d);
    } else if (key == "uuid") {
      p.uuid = v.scalar;
    } else if (key == "license") {
      p.license = v.scalar;
    } else if (key == "keywords") {
      auto w = words(v);
      if (!w)
        d.error(f.path, &v, "'keywords' must be a list of strings");
      else
        p.keywords = *w;
    } else if (key == "limits") {
      read_limits(v, p.limits, d);
    } else if (key == "kkori") {
      read_kkori(f.path, v, p, d);
    } else if (key == "validation") {  // legacy: default | custom [interactive] [score]
      auto w = words(v).value_or(std::vector<std::string>{});
      if (std::find(w.begin(), w.end(), "interactive") != w.end())
        d.error(f.path, &v, "interactive problems are not supported by kkori");
    } else if (key == "validator_flags") {  // legacy
      auto w = words(v);
      if (!w)
        d.error(f.path, &v, "'validator_flags' must be a string");
      else
        problem_flags = *w;
    } else if (key == "source" || key == "source_url" || key == "author" || key == "rights_owner" || key == "credits" ||
               key == "languages" || key == "embargo_until" || key == "constants" || key == "allow_file_writing" ||
               key == "grading" || key == "scoring" || key == "on_reject") {
      // Known to the format; nothing for kkori to do.
    } else {
      d.warn(f.path, &v, "unknown key '" + key + "' in problem.yaml (ignored)");
    }
  }
}

// Hints: one Markdown file per language, hints separated by lines holding only "---".
std::vector<std::string> split_hints(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  std::size_t i = 0;
  auto flush = [&] {
    auto b = cur.find_first_not_of(" \t\r\n");
    auto e = cur.find_last_not_of(" \t\r\n");
    if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
    cur.clear();
  };
  while (i <= text.size()) {
    auto nl = text.find('\n', i);
    std::string line = text.substr(i, nl == std::string::npos ? std::string::npos : nl - i);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line == "---")
      flush();
    else
      cur += line + "\n";
    if (nl == std::string::npos) break;
    i = nl + 1;
  }
  flush();
  return out;
}

struct Outcomes {
  std::string_view dir;
  std::initializer_list<Outcome> expected;
};
constexpr Outcomes kSubmissionDirs[] = {
    {"accepted", {Outcome::ac}},
    {"wrong_answer", {Outcome::wa}},
    {"time_limit_exceeded", {Outcome::tle}},
    {"run_time_error", {Outcome::re, Outcome::mle}},  // the format files memory exhaustion here
    {"memory_limit_exceeded", {Outcome::mle}},        // kkori's own
    {"output_limit_exceeded", {Outcome::ole}},        // kkori's own
    {"compile_error", {Outcome::ce}},                 // kkori's own
    {"rejected", {Outcome::wa, Outcome::tle, Outcome::mle, Outcome::re, Outcome::ole}},
    {"brute_force", {Outcome::ac, Outcome::tle}},
};

// Nearest test-group settings: "data/secret/g1" -> args.
using GroupArgs = std::map<std::string, std::vector<std::string>>;

void read_group_yaml(const PackageFile& f, GroupArgs& groups, Diag& d) {
  auto doc = yaml::parse(f.data, f.path);
  if (!doc) return d.add(doc.error());
  if (doc->kind == Kind::null) return;
  if (doc->kind != Kind::map) return d.error(f.path, &*doc, "must be a mapping");
  for (const auto& e : doc->entries) {
    const std::string& key = e.key;
    const yaml::Node& v = e.value;
    if (key == "output_validator_args" || key == "output_validator_flags") {
      auto w = words(v);
      if (!w)
        d.error(f.path, &v, "'" + key + "' must be a list of strings");
      else
        groups[dir_of(f.path)] = *w;
    }
  }
}

const std::vector<std::string>* nearest(const GroupArgs& groups, std::string dir) {
  for (;;) {
    if (auto it = groups.find(dir); it != groups.end()) return &it->second;
    if (dir.empty() || dir == "data") return nullptr;
    dir = dir_of(dir);
  }
}

}  // namespace

PackageLoad load_package(const std::string& id, const std::vector<PackageFile>& files, const std::string& origin) {
  PackageLoad res;
  Diag d(res, origin == "bundled" ? "problems/" + id + "/" : origin.empty() ? "" : origin + "/");
  Package p;
  p.id = id;
  p.origin = origin;

  std::vector<const PackageFile*> sorted;
  sorted.reserve(files.size());
  for (const auto& f : files) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->path < b->path; });

  std::vector<std::string> problem_flags;
  GroupArgs groups;
  std::map<std::string, const PackageFile*> inputs, answers;  // "sample/1" -> file
  std::vector<std::string> hints_ko, hints_en;
  std::vector<PackageFile> validator_files;
  std::string validator_dir;
  bool have_yaml = false;

  for (const PackageFile* f : sorted) {
    const std::string& path = f->path;
    if (path == "problem.yaml") {
      have_yaml = true;
      read_problem_yaml(*f, p, problem_flags, d);
    } else if (path == "statement.ko.md" || path == "statement/problem.ko.md" ||
               path == "problem_statement/problem.ko.md") {
      p.statement.ko = f->data;
    } else if (path == "statement.en.md" || path == "statement/problem.en.md" ||
               path == "problem_statement/problem.en.md") {
      p.statement.en = f->data;
    } else if (path == "hints.ko.md") {
      hints_ko = split_hints(f->data);
    } else if (path == "hints.en.md") {
      hints_en = split_hints(f->data);
    } else if (starts(path, "data/")) {
      auto base = path.substr(path.rfind('/') + 1);
      if (base == "test_group.yaml" || base == "testdata.yaml") {
        read_group_yaml(*f, groups, d);
      } else if (starts(path, "data/sample/") || starts(path, "data/secret/")) {
        std::string rel = path.substr(5);
        if (rel.ends_with(".in"))
          inputs[rel.substr(0, rel.size() - 3)] = f;
        else if (rel.ends_with(".ans"))
          answers[rel.substr(0, rel.size() - 4)] = f;
        // .png, .desc, .hint, .files, ...: not used by kkori
      }
    } else if (starts(path, "submissions/")) {
      auto rest = path.substr(12);
      auto slash = rest.find('/');
      if (slash == std::string::npos) continue;
      std::string kind = rest.substr(0, slash);
      auto it = std::find_if(std::begin(kSubmissionDirs), std::end(kSubmissionDirs),
                             [&](const Outcomes& o) { return o.dir == kind; });
      if (it == std::end(kSubmissionDirs)) {
        d.warn(path, nullptr, "unknown submissions folder '" + kind + "' (ignored)");
        continue;
      }
      auto lang = language_of(path);
      if (!lang || rest.find('/', slash + 1) != std::string::npos) continue;  // headers, multi-file folders
      p.submissions.push_back(KnownSubmission{path, *lang, f->data, it->expected});
    } else if (starts(path, "output_validator/") || starts(path, "output_validators/")) {
      // 2025-09: output_validator/<files>; legacy: output_validators/<name>/<files>.
      std::string dir = starts(path, "output_validator/")
                            ? "output_validator"
                            : "output_validators/" + path.substr(18, path.find('/', 18) - 18);
      if (validator_dir.empty()) validator_dir = dir;
      if (dir != validator_dir) {
        d.error(path, nullptr, "more than one output validator (" + validator_dir + " and " + dir + ")");
        continue;
      }
      if (path.size() > dir.size() + 1) validator_files.push_back(PackageFile{path.substr(dir.size() + 1), f->data});
    } else if (starts(path, "include/")) {
      auto rest = path.substr(8);
      auto slash = rest.find('/');
      if (slash == std::string::npos) continue;
      auto lang = parse_language(rest.substr(0, slash));
      PackageFile inc{rest.substr(slash + 1), f->data};
      if (lang == Language::cpp)
        p.include_cpp.push_back(inc);
      else if (lang == Language::python)
        p.include_python.push_back(inc);
    }
  }

  if (!have_yaml) d.error("problem.yaml", nullptr, "missing problem.yaml (is this a problem package folder?)");

  // Tests: every .in needs its .ans; samples first, then secret, in name order.
  for (const auto& [name, in] : inputs) {
    auto ans = answers.find(name);
    if (ans == answers.end()) {
      d.error(in->path, nullptr, "test input without an answer file (" + name + ".ans)");
      continue;
    }
    TestCase t;
    t.name = name;
    t.sample = starts(name, "sample/");
    t.input = in->data;
    t.answer = ans->second->data;
    t.validator_args = problem_flags;
    if (auto* g = nearest(groups, dir_of(in->path)))
      t.validator_args.insert(t.validator_args.end(), g->begin(), g->end());
    p.tests.push_back(std::move(t));
  }
  for (const auto& [name, ans] : answers)
    if (!inputs.contains(name)) d.warn(ans->path, nullptr, "answer file without a test input (ignored)");
  std::stable_partition(p.tests.begin(), p.tests.end(), [](const TestCase& t) { return t.sample; });
  if (p.tests.empty()) d.error("data", nullptr, "no test cases (data/sample/*.in + .ans, data/secret/*.in + .ans)");

  // Output validator, else the default checker's flags must parse.
  if (!validator_files.empty()) {
    ProgramSource v;
    bool has_cpp = false;
    std::vector<std::string> py;
    for (const auto& vf : validator_files) {
      auto l = language_of(vf.path);
      if (l == Language::cpp) has_cpp = true;
      if (l == Language::python) py.push_back(vf.path);
    }
    v.files = validator_files;
    if (has_cpp) {
      v.lang = Language::cpp;
    } else if (!py.empty()) {
      v.lang = Language::python;
      auto named = std::find_if(py.begin(), py.end(), [](const auto& s) { return s.ends_with("validator.py"); });
      if (py.size() == 1 || named != py.end())
        v.main = py.size() == 1 ? py.front() : *named;
      else
        d.error(validator_dir, nullptr, "output validator: several .py files and none named validator.py");
    } else {
      d.error(validator_dir, nullptr, "output validator: no .cpp, .cc or .py source");
    }
    p.output_validator = std::move(v);
  } else {
    std::map<std::string, bool> seen;
    for (const auto& t : p.tests) {
      std::string key;
      for (const auto& a : t.validator_args) key += a + " ";
      if (seen[key]) continue;
      seen[key] = true;
      if (auto fl = parse_checker_flags(t.validator_args); !fl)
        d.error("data/" + t.name + ".in", nullptr, fl.error().message);
    }
  }

  // Hints: from hints.{ko,en}.md when problem.yaml has none; the same number in both languages.
  if (!p.hints.empty() && (!hints_ko.empty() || !hints_en.empty()))
    d.error("hints.en.md", nullptr, "hints both in problem.yaml (kkori.hints) and in hints.*.md: keep one");
  if (!hints_ko.empty() && !hints_en.empty() && hints_ko.size() != hints_en.size())
    d.error("hints.en.md", nullptr,
            "hints.ko.md has " + std::to_string(hints_ko.size()) + " hints but hints.en.md has " +
                std::to_string(hints_en.size()));
  for (std::size_t i = 0; i < std::max(hints_ko.size(), hints_en.size()); ++i)
    p.hints.push_back(Bilingual{i < hints_ko.size() ? hints_ko[i] : "", i < hints_en.size() ? hints_en[i] : ""});

  if (p.name.en.empty() && p.name.ko.empty()) p.name.en = p.name.ko = id;
  if (res.errors.empty()) res.package = std::move(p);
  return res;
}

std::vector<Error> bundled_rules(const Package& p) {
  std::vector<Error> out;
  auto err = [&](const std::string& file, std::string msg) {
    out.push_back(Error{Errc::invalid_input, std::move(msg), Location{"problems/" + p.id + "/" + file, 0, 0, {}}});
  };
  if (p.name.ko.empty() || p.name.en.empty() || p.name.ko == p.name.en)
    err("problem.yaml", "name needs both languages: name: {en: ..., ko: ...}");
  if (!p.limits.time_limit_given) err("problem.yaml", "limits.time_limit is required for bundled problems");
  if (p.statement.ko.empty()) err("statement.ko.md", "missing Korean statement");
  if (p.statement.en.empty()) err("statement.en.md", "missing English statement");
  if (p.hints.size() != 3)
    err("hints.en.md", "3 hints expected in each language, found " + std::to_string(p.hints.size()));
  for (const auto& h : p.hints)
    if (h.ko.empty() || h.en.empty()) err("hints.ko.md", "every hint needs both languages");
  if (p.sample_count() == 0) err("data/sample", "at least one sample test");
  if (p.tests.size() - p.sample_count() < 10)
    err("data/secret", "at least 10 secret tests, found " + std::to_string(p.tests.size() - p.sample_count()));
  bool ac = false, wrong = false;
  for (const auto& s : p.submissions) {
    if (s.expected == std::vector<Outcome>{Outcome::ac})
      ac = true;
    else
      wrong = true;
  }
  if (!ac) err("submissions/accepted", "an accepted reference solution");
  if (!wrong) err("submissions/wrong_answer", "a plausible wrong solution (wrong_answer/ or another rejected folder)");
  if (p.keywords.empty() && p.tags.empty()) err("problem.yaml", "kkori.tags (or keywords): the topics it practises");
  std::size_t bytes = 0;
  for (const auto& t : p.tests) bytes += t.input.size() + t.answer.size();
  if (bytes > kBundledDataMax) {
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", static_cast<double>(bytes) / (1024.0 * 1024.0));
    err("data", std::string("test data is ") + size + " MiB; bundled problems are embedded in the kkori binary, keep " +
                    "each package's data under " + std::to_string(kBundledDataMax / (std::size_t{1024} * 1024)) +
                    " MiB");
  }
  if (p.category.empty()) err("problem.yaml", "kkori.category is required for bundled problems");
  if (p.level == 0) err("problem.yaml", "kkori.level (1-3) is required for bundled problems");
  return out;
}

}  // namespace kkori::judge
