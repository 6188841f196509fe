#pragma once
// Judging: compile a submission, run it on every test case of a package through a ProcessRunner,
// check the output (default token checker or the package's output validator), give verdicts.
// Pure logic: every process goes through the runner, so tests drive it with a fake.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "judge/package.hpp"
#include "judge/runner.hpp"
#include "judge/verdict.hpp"

namespace kkori::judge {

// Paths as seen inside the sandbox (which shows the host's /usr read-only).
struct Toolchain {
  std::string cxx = "/usr/bin/g++";
  std::vector<std::string> cxx_flags = {"-std=gnu++20", "-O2", "-pipe", "-static"};
  std::string python = "/usr/bin/python3";
};

struct Submission {
  Language lang = Language::cpp;
  std::string source;
};

struct JudgeOptions {
  Toolchain tools;
  bool run_all = false;       // keep going after the first failing test (the format stops there)
  bool samples_only = false;  // run the sample tests only
  double wall_factor = 2.0;   // wall limit = wall_factor x time limit + wall_extra_ms
  std::int64_t wall_extra_ms = 1000;
};

struct TestResult {
  std::string name;  // "sample/1", "secret/03"
  bool sample = false;
  Verdict verdict;
  std::int64_t cpu_ms = 0;
  std::int64_t wall_ms = 0;
  std::uint64_t memory_bytes = 0;
  std::string stderr_text;  // the program's stderr (head and tail kept), shown for failures
  std::string output;       // samples only: the start of what the program printed
};

struct JudgeReport {
  Verdict verdict;
  std::string compile_output;     // compiler diagnostics (capped), also on success (warnings)
  std::vector<TestResult> tests;  // the tests that ran, in order
  std::size_t total_tests = 0;    // the tests the package has (that were selected)
  std::int64_t max_cpu_ms = 0;
  std::uint64_t max_memory_bytes = 0;
};

// Limits for the submission on one test, from the package's limits (docs/judge.md).
RunLimits run_limits(const ProblemLimits& l, const JudgeOptions& o);
// Limits for the compiler.
RunLimits compile_limits(const ProblemLimits& l);

// The verdict for a finished run before its output is checked, or nullopt when it ended
// normally (exit 0 within every limit) and its output decides.
std::optional<Verdict> classify_run(const RunResult& r, const RunLimits& limits, Language lang);

// Judges one submission. Never throws and never fails: runner trouble becomes a JE verdict.
JudgeReport judge(const Package& p, const Submission& s, ProcessRunner& runner, const JudgeOptions& o = {});

}  // namespace kkori::judge
