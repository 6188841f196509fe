#pragma once
// A problem in the ICPC/Kattis problem package format (docs/problem-format.md): metadata and
// limits from problem.yaml, statements, hints, test data, known submissions, an optional output
// validator. Loading is pure: it reads {path, bytes} pairs, so tests load packages from strings;
// reading a folder or the bundled copy is package_files.hpp's job.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/lang.hpp"
#include "judge/verdict.hpp"

namespace kkori::judge {

enum class Language { cpp, python };
std::string_view to_string(Language l);
// "cpp", "c++", "python", "python3", "py".
std::optional<Language> parse_language(std::string_view s);
// By file extension: .cpp .cc .cxx -> cpp, .py -> python.
std::optional<Language> language_of(std::string_view path);

// One file of a package: its '/'-separated path relative to the package root, and its bytes.
struct PackageFile {
  std::string path;
  std::string data;
};

struct TestCase {
  std::string name;  // the path under data/ without ".in": "sample/1", "secret/group1/05"
  bool sample = false;
  std::string input;
  std::string answer;
  std::vector<std::string> validator_args;  // problem-level flags + the nearest test group's args
};

struct ProblemLimits {
  double time_limit_s = 1.0;  // CPU seconds per test case (kkori's default when problem.yaml has none)
  bool time_limit_given = false;
  int memory_mib = 2048;          // the format's default
  int output_mib = 8;             // stdout + stderr (+ files, each at most this big)
  double compile_time_s = 10.0;   // kkori's default (the format says 60 s; see docs/problem-format.md)
  int compile_memory_mib = 1024;  // kkori's default (the format says 2048)
};

// Source of a program in the package: an output validator.
struct ProgramSource {
  Language lang = Language::cpp;
  std::vector<PackageFile> files;  // paths relative to the program's folder
  std::string main;                // the file to run (python) or "" (cpp: every .cpp/.cc is compiled)
};

// A submission shipped in submissions/<kind>/ with the verdicts it may get.
struct KnownSubmission {
  std::string path;  // "submissions/accepted/sol.cpp"
  Language lang = Language::cpp;
  std::string source;
  std::vector<Outcome> expected;  // any of these
};

struct Package {
  std::string id;      // the folder name (slug)
  std::string origin;  // the folder it was read from, or "bundled"
  std::string format_version = "legacy";
  std::string type = "pass-fail";
  Bilingual name;
  std::string uuid;
  std::string license;
  std::vector<std::string> keywords;
  // kkori's block in problem.yaml (`kkori:`), ignored by other tools.
  std::string category;  // "dp", "ml-coding", ...
  int level = 0;         // 1..3; 0 = not given
  std::vector<std::string> tags;
  std::vector<std::string> languages;  // languages the problem is written for ("python", "cpp")
  ProblemLimits limits;
  Bilingual statement;           // Markdown
  std::vector<Bilingual> hints;  // kkori.hints in problem.yaml, or hints.{ko,en}.md split at "---" lines
  std::vector<TestCase> tests;   // samples first, each group in name order
  std::optional<ProgramSource> output_validator;
  std::vector<PackageFile> include_cpp;     // include/cpp/*: copied next to every C++ submission
  std::vector<PackageFile> include_python;  // include/python3/*
  std::vector<KnownSubmission> submissions;

  std::size_t sample_count() const;
};

struct PackageLoad {
  std::optional<Package> package;  // absent when the package cannot be judged
  std::vector<Error> errors;       // every problem found, located ("problem.yaml:3:1: error: ...")
  std::vector<Error> warnings;
};

// Parses a package. Never stops at the first problem.
PackageLoad load_package(const std::string& id, const std::vector<PackageFile>& files, const std::string& origin);

// kkori's own rules for bundled problems, beyond the format: both names and statements, 3 hints
// in both languages, a category, a level, tags, a sample, at least 10 secret tests, an accepted
// and a rejected submission, a time limit.
// Also: the test data (inputs + answers) stays under kBundledDataMax, since it is embedded.
inline constexpr std::size_t kBundledDataMax = 4u * 1024 * 1024;
std::vector<Error> bundled_rules(const Package& p);

}  // namespace kkori::judge
