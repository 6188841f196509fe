// The judge's pure parts: verdict codes, the token checker, the package loader, run
// classification, and the judging logic driven through a fake ProcessRunner.
#include "judge/judge.hpp"

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <map>
#include <set>

#include "judge/checker.hpp"
#include "judge/codec.hpp"
#include "judge/package.hpp"
#include "judge/verdict.hpp"

namespace kkori::judge {
namespace {

// ---------------------------------------------------------------------------------------------
TEST(JudgeVerdict, CodesRoundTrip) {
  for (auto o : {Outcome::ac, Outcome::wa, Outcome::tle, Outcome::mle, Outcome::re, Outcome::ole, Outcome::ce,
                 Outcome::sv, Outcome::je})
    EXPECT_EQ(parse_outcome(code(o)), o);
  EXPECT_EQ(parse_outcome("RTE"), Outcome::re);  // the package format's name
  EXPECT_EQ(parse_outcome("XX"), std::nullopt);
  EXPECT_EQ(signal_name(SIGSEGV), "SIGSEGV");
  EXPECT_EQ(signal_name(SIGSYS), "SIGSYS");
  EXPECT_EQ(title(Outcome::tle, true), "시간 초과");
}

// ---------------------------------------------------------------------------------------------
struct CheckRow {
  const char* answer;
  const char* output;
  std::vector<std::string> flags;
  bool accepted;
  const char* message_part;  // a piece of the message when rejected
};

TEST(JudgeChecker, Table) {
  const CheckRow rows[] = {
      {"3\n", "3\n", {}, true, ""},
      {"3\n", "3", {}, true, ""},            // trailing newline does not matter
      {"1 2\n3\n", "1\n2 3", {}, true, ""},  // any whitespace separates
      {"YES\n", "yes\n", {}, true, ""},      // case-insensitive by default
      {"YES\n", "yes\n", {"case_sensitive"}, false, "expected 'YES', got 'yes'"},
      {"3\n", "4\n", {}, false, "line 1, token 1: expected '3', got '4'"},
      {"1 2\n", "1\n", {}, false, "output ended early"},
      {"1\n", "1 2\n", {}, false, "extra output '2'"},
      {"\n", "", {}, true, ""},
      {"0.5\n", "0.50000001\n", {}, false, "expected '0.5'"},  // no tolerance: text
      {"0.5\n", "0.50000001\n", {"float_tolerance", "1e-6"}, true, ""},
      {"0.5\n", "0.5001\n", {"float_tolerance", "1e-6"}, false, ""},
      {"1000\n", "1000.5\n", {"float_relative_tolerance", "1e-3"}, true, ""},
      {"1000\n", "1000.5\n", {"float_absolute_tolerance", "1e-3"}, false, ""},
      {"1e-9\n", "0\n", {"float_absolute_tolerance", "1e-6"}, true, ""},
      {"0.5\n", "half\n", {"float_tolerance", "1e-6"}, false, "got 'half'"},
      {"abc 0.5\n", "ABC 0.5000001\n", {"float_tolerance", "1e-6"}, true, ""},  // words stay text
      {"1 2\n", "1  2\n", {"space_change_sensitive"}, false, "whitespace"},
      {"1 2\n", "1 2\n", {"space_change_sensitive"}, true, ""},
      {"1 2\n", "1 2", {"space_change_sensitive"}, false, "output ended early"},
  };
  for (const auto& r : rows) {
    auto flags = parse_checker_flags(r.flags);
    ASSERT_TRUE(flags) << flags.error().message;
    auto c = check_tokens(r.answer, r.output, *flags);
    EXPECT_EQ(c.accepted, r.accepted) << "answer '" << r.answer << "' output '" << r.output << "': " << c.message;
    if (!r.accepted) {
      EXPECT_NE(c.message.find(r.message_part), std::string::npos) << c.message;
    }
  }
}

TEST(JudgeChecker, FlagErrors) {
  EXPECT_FALSE(parse_checker_flags({"float_tolerance"}));
  EXPECT_FALSE(parse_checker_flags({"float_tolerance", "x"}));
  EXPECT_FALSE(parse_checker_flags({"float_tolerance", "-1"}));
  auto bad = parse_checker_flags({"case_insensitive"});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("unknown validator flag 'case_insensitive'"), std::string::npos);
  auto both = parse_checker_flags({"float_tolerance", "1e-4"});
  ASSERT_TRUE(both);
  EXPECT_DOUBLE_EQ(both->relative_tolerance, 1e-4);
  EXPECT_DOUBLE_EQ(both->absolute_tolerance, 1e-4);
}

// ---------------------------------------------------------------------------------------------
std::vector<PackageFile> aplusb_files() {
  return {
      {"problem.yaml",
       "problem_format_version: 2025-09\nname: {en: A plus B, ko: A 더하기 B}\nkeywords: [math]\n"
       "limits:\n  time_limit: 2\n  memory: 128\nkkori: {category: warm-up, level: 1, tags: [io]}\n"},
      {"statement.en.md", "Add two numbers.\n"},
      {"statement.ko.md", "두 수를 더하세요.\n"},
      {"hints.en.md", "Read both.\n---\nAdd.\n---\nPrint.\n"},
      {"hints.ko.md", "둘 다 읽기.\n---\n더하기.\n---\n출력.\n"},
      {"data/secret/02.in", "5 5\n"},
      {"data/secret/02.ans", "10\n"},
      {"data/secret/01.in", "2 2\n"},
      {"data/secret/01.ans", "4\n"},
      {"data/sample/1.in", "1 2\n"},
      {"data/sample/1.ans", "3\n"},
      {"submissions/accepted/sol.py", "print(sum(map(int, input().split())))\n"},
      {"submissions/wrong_answer/off.cpp", "int main(){}\n"},
  };
}

TEST(JudgePackage, LoadsTheFormat) {
  auto load = load_package("a-plus-b", aplusb_files(), "bundled");
  ASSERT_TRUE(load.errors.empty()) << load.errors.front().located();
  ASSERT_TRUE(load.package);
  const Package& p = *load.package;
  EXPECT_EQ(p.format_version, "2025-09");
  EXPECT_EQ(p.name.en, "A plus B");
  EXPECT_EQ(p.name.ko, "A 더하기 B");
  EXPECT_DOUBLE_EQ(p.limits.time_limit_s, 2.0);
  EXPECT_TRUE(p.limits.time_limit_given);
  EXPECT_EQ(p.limits.memory_mib, 128);
  EXPECT_EQ(p.limits.output_mib, 8);  // the format's default
  ASSERT_EQ(p.tests.size(), 3u);      // samples first, then secret in name order
  EXPECT_EQ(p.tests[0].name, "sample/1");
  EXPECT_TRUE(p.tests[0].sample);
  EXPECT_EQ(p.tests[1].name, "secret/01");
  EXPECT_EQ(p.tests[2].name, "secret/02");
  EXPECT_EQ(p.tests[2].answer, "10\n");
  ASSERT_EQ(p.hints.size(), 3u);
  EXPECT_EQ(p.hints[1].en, "Add.");
  EXPECT_EQ(p.hints[1].ko, "더하기.");
  ASSERT_EQ(p.submissions.size(), 2u);
  EXPECT_EQ(p.submissions[0].lang, Language::python);
  EXPECT_EQ(p.submissions[0].expected, std::vector<Outcome>{Outcome::ac});
  EXPECT_EQ(p.submissions[1].expected, std::vector<Outcome>{Outcome::wa});
  // Bundled rules want 10 secret tests.
  auto rules = bundled_rules(p);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].located(), "problems/a-plus-b/data/secret: error: at least 10 secret tests, found 2");
}

TEST(JudgePackage, KkoriBlockHints) {
  auto files = aplusb_files();
  files.erase(files.begin() + 3, files.begin() + 5);  // no hints.*.md
  files[0].data += "  hints:\n    - {ko: 하나, en: one}\n    - {ko: 둘, en: two}\n    - {ko: 셋, en: three}\n";
  files[0].data.replace(files[0].data.find("kkori: {category: warm-up, level: 1, tags: [io]}"), 48,
                        "kkori:\n  category: warm-up\n  level: 1\n  tags: [io]\n  languages: [python, cpp]");
  auto load = load_package("a-plus-b", files, "bundled");
  ASSERT_TRUE(load.package) << load.errors.front().located();
  const Package& p = *load.package;
  EXPECT_EQ(p.category, "warm-up");
  EXPECT_EQ(p.level, 1);
  EXPECT_EQ(p.tags, std::vector<std::string>{"io"});
  ASSERT_EQ(p.hints.size(), 3u);
  EXPECT_EQ(p.hints[2].ko, "셋");
  EXPECT_TRUE(load.warnings.empty());

  files[0].data += "  colour: red\n";
  auto warn = load_package("a-plus-b", files, "bundled");
  ASSERT_EQ(warn.warnings.size(), 1u);
  EXPECT_NE(warn.warnings[0].message.find("kkori.colour"), std::string::npos);
}

TEST(JudgePackage, LocatedErrors) {
  auto files = aplusb_files();
  files.push_back({"data/secret/03.in", "1 1\n"});  // no .ans
  files[0].data = "name: x\nlimits:\n  time_limit: -1\ntype: interactive\n";
  auto load = load_package("p", files, "/tmp/p");
  EXPECT_FALSE(load.package);
  std::vector<std::string> msgs;
  for (const auto& e : load.errors) msgs.push_back(e.located());
  auto has = [&](const std::string& m) { return std::find(msgs.begin(), msgs.end(), m) != msgs.end(); };
  EXPECT_TRUE(has("/tmp/p/problem.yaml:3:15: error: limits.time_limit must be a positive number (at most 60)"));
  EXPECT_TRUE(
      has("/tmp/p/problem.yaml:4:7: error: problem type 'interactive' is not supported by kkori (only "
          "pass-fail and scoring)"));
  EXPECT_TRUE(has("/tmp/p/data/secret/03.in: error: test input without an answer file (secret/03.ans)"));

  auto syntax = load_package("p", {{"problem.yaml", "name: [unclosed\n"}}, "dir");
  ASSERT_FALSE(syntax.errors.empty());
  EXPECT_TRUE(syntax.errors[0].located().starts_with("dir/problem.yaml:2:1: error: YAML syntax"))
      << syntax.errors[0].located();

  auto none = load_package("p", {{"statement.en.md", "x"}}, "dir");
  ASSERT_EQ(none.errors.size(), 2u);
  EXPECT_EQ(none.errors[0].located(),
            "dir/problem.yaml: error: missing problem.yaml (is this a problem package folder?)");
}

TEST(JudgePackage, ValidatorArgsAndValidators) {
  auto files = aplusb_files();
  files.push_back({"problem.yaml", "validator_flags: case_sensitive\n"});  // legacy, problem level
  files.erase(files.begin());
  files.push_back({"data/secret/test_group.yaml", "output_validator_args: [float_tolerance, 1e-6]\n"});
  auto load = load_package("p", files, "dir");
  ASSERT_TRUE(load.package) << load.errors.front().located();
  EXPECT_TRUE(load.package->tests[0].validator_args == std::vector<std::string>{"case_sensitive"});
  EXPECT_TRUE(
      (load.package->tests[1].validator_args == std::vector<std::string>{"case_sensitive", "float_tolerance", "1e-6"}));

  files.push_back({"data/secret/test_group.yaml", "output_validator_args: [float_tolerance]\n"});
  files.erase(files.end() - 2);
  auto bad = load_package("p", files, "dir");
  ASSERT_FALSE(bad.package);
  EXPECT_NE(bad.errors[0].message.find("needs a number"), std::string::npos);

  auto v = aplusb_files();
  v.push_back({"output_validator/validator.cpp", "int main(){return 42;}"});
  v.push_back({"output_validator/validation.h", ""});
  auto withv = load_package("p", v, "dir");
  ASSERT_TRUE(withv.package);
  ASSERT_TRUE(withv.package->output_validator);
  EXPECT_EQ(withv.package->output_validator->lang, Language::cpp);
  EXPECT_EQ(withv.package->output_validator->files.size(), 2u);

  auto legacy = aplusb_files();
  legacy.push_back({"output_validators/check/check.py", "import sys\nsys.exit(42)\n"});
  auto withl = load_package("p", legacy, "dir");
  ASSERT_TRUE(withl.package);
  EXPECT_EQ(withl.package->output_validator->lang, Language::python);
  EXPECT_EQ(withl.package->output_validator->main, "check.py");
}

TEST(JudgePackage, LanguageOfFiles) {
  EXPECT_EQ(language_of("a/b.cpp"), Language::cpp);
  EXPECT_EQ(language_of("x.cc"), Language::cpp);
  EXPECT_EQ(language_of("x.py"), Language::python);
  EXPECT_EQ(language_of("x.java"), std::nullopt);
  EXPECT_EQ(parse_language("python3"), Language::python);
}

// ---------------------------------------------------------------------------------------------
struct ClassifyRow {
  const char* name;
  RunResult r;
  Language lang;
  std::optional<Outcome> want;
  int signal;
};

RunResult exited(int code, std::string err = "") {
  RunResult r;
  r.exit_code = code;
  r.err = std::move(err);
  return r;
}
RunResult signaled(int sig, std::string err = "") {
  RunResult r;
  r.exited = false;
  r.signal = sig;
  r.err = std::move(err);
  return r;
}
RunResult with(RunResult r, std::function<void(RunResult&)> f) {
  f(r);
  return r;
}

TEST(JudgeClassify, Table) {
  RunLimits lim;
  lim.cpu_ms = 1000;
  lim.memory_bytes = 256 * kMiB;
  lim.output_bytes = 8 * kMiB;
  const ClassifyRow rows[] = {
      {"clean exit", exited(0), Language::cpp, std::nullopt, 0},
      {"seccomp", signaled(SIGSYS), Language::cpp, Outcome::sv, SIGSYS},
      {"output limit", with(signaled(SIGKILL), [](auto& r) { r.stop = Stop::output; }), Language::cpp, Outcome::ole,
       SIGKILL},
      {"file too big", signaled(SIGXFSZ), Language::cpp, Outcome::ole, SIGXFSZ},
      {"oom kill", with(signaled(SIGKILL), [](auto& r) { r.oom = true; }), Language::cpp, Outcome::mle, SIGKILL},
      {"bad_alloc", signaled(SIGABRT, "terminate called after throwing an instance of 'std::bad_alloc'\n"),
       Language::cpp, Outcome::mle, SIGABRT},
      {"MemoryError", exited(1, "Traceback (most recent call last):\n  ...\nMemoryError\n"), Language::python,
       Outcome::mle, 0},
      {"cpu by the judge", with(signaled(SIGKILL), [](auto& r) { r.stop = Stop::cpu; }), Language::cpp, Outcome::tle,
       SIGKILL},
      {"RLIMIT_CPU", signaled(SIGXCPU), Language::cpp, Outcome::tle, SIGXCPU},
      {"wall", with(signaled(SIGKILL), [](auto& r) { r.stop = Stop::wall; }), Language::cpp, Outcome::tle, SIGKILL},
      {"cpu over, exit 0", with(exited(0), [](auto& r) { r.cpu_ms = 1500; }), Language::cpp, Outcome::tle, 0},
      {"segfault", signaled(SIGSEGV), Language::cpp, Outcome::re, SIGSEGV},
      {"exit 3", exited(3), Language::cpp, Outcome::re, 0},
      {"traceback", exited(1, "Traceback (most recent call last):\nValueError: no\n"), Language::python, Outcome::re,
       0},
      {"output over but ended", with(exited(0), [](auto& r) { r.out_bytes = 9 * kMiB; }), Language::cpp, Outcome::ole,
       0},
  };
  for (const auto& row : rows) {
    auto v = classify_run(row.r, lim, row.lang);
    if (!row.want) {
      EXPECT_FALSE(v) << row.name;
      continue;
    }
    ASSERT_TRUE(v) << row.name;
    EXPECT_EQ(v->outcome, *row.want) << row.name << ": got " << code(v->outcome);
    EXPECT_EQ(v->signal, row.signal) << row.name;
  }
  auto re = classify_run(exited(1, "Traceback (most recent call last):\nValueError: no\n"), lim, Language::python);
  EXPECT_EQ(re->detail, "ValueError: no");
  auto seg = classify_run(signaled(SIGSEGV), lim, Language::cpp);
  EXPECT_NE(seg->detail.find("stack overflow"), std::string::npos);
}

// ---------------------------------------------------------------------------------------------
// A fake runner: boxes are maps, "programs" are lambdas. Records every run.
class FakeRunner : public ProcessRunner {
 public:
  using Program = std::function<RunResult(const RunSpec&, std::map<std::string, std::string>& box)>;
  Program program;
  std::map<std::string, std::map<std::string, std::string>> boxes;
  std::vector<RunSpec> runs;
  std::set<std::string> removed;
  bool refuse_runs = false;

  Result<std::string> make_box() override {
    std::string b = "box" + std::to_string(boxes.size() + removed.size());
    boxes[b];
    return b;
  }
  Result<void> put_file(const std::string& box, const std::string& name, std::string_view data, bool) override {
    boxes.at(box)[name] = std::string(data);
    return {};
  }
  Result<std::string> get_file(const std::string& box, const std::string& name, std::size_t max) override {
    auto& b = boxes.at(box);
    auto it = b.find(name);
    if (it == b.end()) return fail(Errc::not_found, name);
    return it->second.substr(0, max);
  }
  void remove_box(const std::string& box) override {
    boxes.erase(box);
    removed.insert(box);
  }
  Result<RunResult> run(const RunSpec& spec) override {
    runs.push_back(spec);
    if (refuse_runs) return fail(Errc::io, "no namespaces here");
    return program(spec, boxes.at(spec.box));
  }
};

bool is_compiler(const RunSpec& s) { return s.argv[0] == Toolchain{}.cxx; }
bool is_python_check(const RunSpec& s) { return s.argv.size() > 3 && s.argv[3] == "-c"; }

// A+B: compiles when the source holds no "#error"; the binary adds (plus `bias`).
FakeRunner::Program aplusb(long bias = 0, std::function<void(RunResult&)> tweak = {}) {
  return [bias, tweak](const RunSpec& s, std::map<std::string, std::string>& box) {
    RunResult r;
    if (is_compiler(s)) {
      if (box["main.cpp"].find("#error") != std::string::npos) {
        r.exit_code = 1;
        r.err = "main.cpp:1:2: error: #error boom\n";
      } else {
        box["main"] = "binary";
      }
      return r;
    }
    if (is_python_check(s)) return r;
    long a = 0, b = 0;
    std::sscanf(s.stdin_data.c_str(), "%ld %ld", &a, &b);
    r.out = std::to_string(a + b + bias) + "\n";
    r.out_bytes = r.out.size();
    r.cpu_ms = 5;
    r.memory_bytes = 3 * kMiB;
    if (tweak) tweak(r);
    return r;
  };
}

Package aplusb_package() {
  auto load = load_package("a-plus-b", aplusb_files(), "bundled");
  return *load.package;
}

TEST(JudgeLogic, AcceptsACorrectSolution) {
  FakeRunner fr;
  fr.program = aplusb();
  auto rep = judge(aplusb_package(), Submission{Language::cpp, "int main(){}"}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::ac);
  ASSERT_EQ(rep.tests.size(), 3u);
  EXPECT_EQ(rep.total_tests, 3u);
  EXPECT_EQ(rep.max_cpu_ms, 5);
  // Compile first (build mode, writable box), then every test in run mode, stdin = the input.
  ASSERT_EQ(fr.runs.size(), 4u);
  EXPECT_EQ(fr.runs[0].mode, BoxMode::build);
  EXPECT_NE(std::find(fr.runs[0].argv.begin(), fr.runs[0].argv.end(), "/box/main.cpp"), fr.runs[0].argv.end());
  EXPECT_EQ(fr.runs[1].argv, std::vector<std::string>{"/box/main"});
  EXPECT_EQ(fr.runs[1].mode, BoxMode::run);
  EXPECT_EQ(fr.runs[1].stdin_data, "1 2\n");
  EXPECT_TRUE(fr.runs[1].env.empty());
  EXPECT_EQ(fr.runs[1].limits.cpu_ms, 2000);
  EXPECT_EQ(fr.runs[1].limits.wall_ms, 5000);  // 2 x time limit + 1 s
  EXPECT_EQ(fr.runs[1].limits.memory_bytes, 128 * kMiB);
  EXPECT_EQ(fr.runs[3].stdin_data, "5 5\n");
  EXPECT_TRUE(fr.boxes.empty()) << "every box is removed";
}

TEST(JudgeLogic, StopsAtTheFirstFailureUnlessAskedToRunAll) {
  FakeRunner fr;
  fr.program = aplusb(1);
  auto rep = judge(aplusb_package(), Submission{Language::cpp, ""}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::wa);
  EXPECT_EQ(rep.verdict.detail, "line 1, token 1: expected '3', got '4'");
  ASSERT_EQ(rep.tests.size(), 1u);  // the sample failed: nothing else ran
  EXPECT_EQ(rep.tests[0].output, "4\n");

  FakeRunner all;
  all.program = aplusb(1);
  JudgeOptions o;
  o.run_all = true;
  auto rep2 = judge(aplusb_package(), Submission{Language::cpp, ""}, all, o);
  EXPECT_EQ(rep2.tests.size(), 3u);
  EXPECT_EQ(passed_count(rep2), 0);

  FakeRunner samples;
  samples.program = aplusb();
  o.samples_only = true;
  auto rep3 = judge(aplusb_package(), Submission{Language::cpp, ""}, samples, o);
  EXPECT_EQ(rep3.tests.size(), 1u);
  EXPECT_EQ(rep3.total_tests, 1u);
}

TEST(JudgeLogic, CompileErrorShowsTheCompilerMessage) {
  FakeRunner fr;
  fr.program = aplusb();
  auto rep = judge(aplusb_package(), Submission{Language::cpp, "#error boom"}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::ce);
  EXPECT_EQ(rep.compile_output, "main.cpp:1:2: error: #error boom\n");
  EXPECT_TRUE(rep.tests.empty());
  EXPECT_EQ(fr.runs.size(), 1u);
}

TEST(JudgeLogic, CompilerLimitsAreCompileErrors) {
  for (auto [stop, words] : {std::pair{Stop::wall, "out of time"}, std::pair{Stop::memory, "out of memory"},
                             std::pair{Stop::output, "printed too much"}}) {
    FakeRunner fr;
    fr.program = [stop](const RunSpec&, auto&) {
      RunResult r;
      r.exited = false;
      r.signal = SIGKILL;
      r.stop = stop;
      r.err = std::string(2 * 1024 * 1024, 'x');
      return r;
    };
    auto rep = judge(aplusb_package(), Submission{Language::cpp, ""}, fr);
    EXPECT_EQ(rep.verdict.outcome, Outcome::ce);
    EXPECT_NE(rep.verdict.detail.find(words), std::string::npos) << rep.verdict.detail;
    EXPECT_LT(rep.compile_output.size(), 20u * 1024) << "the message is capped";
  }
  FakeRunner fsz;
  fsz.program = [](const RunSpec&, auto&) { return signaled(SIGXFSZ); };
  EXPECT_EQ(judge(aplusb_package(), Submission{Language::cpp, ""}, fsz).verdict.outcome, Outcome::ce);
}

TEST(JudgeLogic, RunTimeVerdictsCarryTheSignal) {
  FakeRunner fr;
  fr.program = aplusb(0, [](RunResult& r) {
    r.exited = false;
    r.signal = SIGSEGV;
  });
  auto rep = judge(aplusb_package(), Submission{Language::cpp, ""}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::re);
  EXPECT_EQ(rep.verdict.signal, SIGSEGV);
  Json j = report_json(aplusb_package(), Language::cpp, rep);
  EXPECT_EQ(j["verdict"], "RE");
  EXPECT_EQ(j["signal"], "SIGSEGV");
  EXPECT_EQ(j["failed_test"], "sample/1");
  EXPECT_EQ(j["tests"][0]["verdict"], "RE");
}

TEST(JudgeLogic, PythonIsSyntaxCheckedThenRun) {
  FakeRunner fr;
  fr.program = [](const RunSpec& s, auto&) {
    RunResult r;
    if (is_python_check(s)) {
      r.exit_code = 1;
      r.err = "  File \"main.py\", line 1\n    print(\n         ^\nSyntaxError: '(' was never closed\n";
    }
    return r;
  };
  auto rep = judge(aplusb_package(), Submission{Language::python, "print("}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::ce);
  EXPECT_EQ(rep.verdict.detail, "SyntaxError: '(' was never closed");
  EXPECT_EQ(fr.runs[0].argv[0], "/usr/bin/python3");

  FakeRunner ok;
  ok.program = aplusb();
  auto good = judge(aplusb_package(), Submission{Language::python, "print(3)"}, ok);
  EXPECT_EQ(good.verdict.outcome, Outcome::ac);
  EXPECT_EQ(ok.runs[1].argv, (std::vector<std::string>{"/usr/bin/python3", "-B", "-s", "/box/main.py"}));
}

TEST(JudgeLogic, RunnerFailureIsAJudgeError) {
  FakeRunner fr;
  fr.refuse_runs = true;
  auto rep = judge(aplusb_package(), Submission{Language::cpp, ""}, fr);
  EXPECT_EQ(rep.verdict.outcome, Outcome::je);
  EXPECT_NE(rep.verdict.detail.find("no namespaces here"), std::string::npos);
}

TEST(JudgeLogic, OutputValidatorExitCodes) {
  auto files = aplusb_files();
  files.push_back({"output_validator/validator.py", "import sys\n"});
  auto pkg = *load_package("v", files, "dir").package;
  // The validator accepts "4" for sample 1 (exit 42), rejects anything else (43), and crashes on "crash".
  auto make = [](std::string out) {
    return [out](const RunSpec& s, std::map<std::string, std::string>& box) {
      RunResult r;
      if (is_python_check(s)) return r;
      if (s.argv.size() > 2 && s.argv[2] == "-s" && s.argv[3] == "/box/validator.py") {
        EXPECT_EQ(s.argv[4], "/box/input.in");
        EXPECT_EQ(s.argv[5], "/box/answer.ans");
        EXPECT_EQ(s.argv[6], "/box/feedback/");
        EXPECT_EQ(box["answer.ans"], "3\n") << "the answer is in the validator's box";
        if (s.stdin_data == "crash\n") return signaled(SIGSEGV);
        r.exit_code = s.stdin_data == "4\n" ? 42 : 43;
        if (r.exit_code == 43) box["feedback/judgemessage.txt"] = "not four\n";
        return r;
      }
      EXPECT_EQ(box.count("answer.ans"), 0u) << "answers never reach the submission's box";
      r.out = out;
      return r;
    };
  };
  JudgeOptions o;
  o.samples_only = true;
  FakeRunner a;
  a.program = make("4\n");
  EXPECT_EQ(judge(pkg, Submission{Language::cpp, ""}, a, o).verdict.outcome, Outcome::ac);
  FakeRunner w;
  w.program = make("5\n");
  auto wrep = judge(pkg, Submission{Language::cpp, ""}, w, o);
  EXPECT_EQ(wrep.verdict.outcome, Outcome::wa);
  EXPECT_EQ(wrep.verdict.detail, "not four");
  FakeRunner c;
  c.program = make("crash\n");
  auto crep = judge(pkg, Submission{Language::cpp, ""}, c, o);
  EXPECT_EQ(crep.verdict.outcome, Outcome::je);
}

TEST(JudgeLogic, IncludeFilesGoNextToTheSubmission) {
  auto files = aplusb_files();
  files.push_back({"include/cpp/helper.hpp", "// helper"});
  auto pkg = *load_package("i", files, "dir").package;
  FakeRunner fr;
  std::string seen;
  fr.program = [&seen](const RunSpec& s, std::map<std::string, std::string>& box) {
    if (is_compiler(s)) seen = box["helper.hpp"];
    return aplusb()(s, box);
  };
  judge(pkg, Submission{Language::cpp, ""}, fr);
  EXPECT_EQ(seen, "// helper");
}

}  // namespace
}  // namespace kkori::judge
