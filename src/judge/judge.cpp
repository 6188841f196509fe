#include "judge/judge.hpp"

#include <algorithm>
#include <cmath>
#include <csignal>

#include "core/utf8.hpp"
#include "judge/checker.hpp"

namespace kkori::judge {

namespace {

constexpr std::size_t kCompileMessageMax = std::size_t{16} * 1024;
constexpr std::size_t kSampleOutputMax = std::size_t{4} * 1024;

Verdict make(Outcome o, std::string detail = {}, int sig = 0, int exit_code = 0) {
  return Verdict{o, sig, exit_code, std::move(detail)};
}

bool contains(std::string_view hay, std::string_view needle) { return hay.find(needle) != std::string_view::npos; }

// The last non-empty line of a text (a Python traceback's exception line).
std::string last_line(std::string_view s) {
  auto e = s.find_last_not_of(" \t\r\n");
  if (e == std::string_view::npos) return {};
  auto b = s.rfind('\n', e);
  b = b == std::string_view::npos ? 0 : b + 1;
  std::string line(s.substr(b, e - b + 1));
  return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

// Why a C++ program aborted, from libstdc++'s "terminate called after throwing ..." line.
std::string abort_reason(std::string_view err) {
  auto at = err.find("terminate called after throwing");
  if (at == std::string_view::npos) return {};
  auto nl = err.find('\n', at);
  std::string line(err.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at));
  return line.size() > 200 ? line.substr(0, 200) + "..." : line;
}

bool out_of_memory_message(std::string_view err, Language lang) {
  if (lang == Language::cpp) return contains(err, "std::bad_alloc");
  auto line = last_line(err);
  return line.starts_with("MemoryError");
}

std::string cap(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  s.resize(utf8_prefix(s, max));  // not inside a character: compilers print ‘quotes’ in UTF-8
  return s + "\n... (cut at " + std::to_string(max / 1024) + " KiB)\n";
}

// Removes the box when the judging of one submission ends, however it ends.
class BoxGuard {
 public:
  BoxGuard(ProcessRunner& r) : r_(r) {}
  ~BoxGuard() {
    for (const auto& b : boxes_) r_.remove_box(b);
  }
  Result<std::string> make() {
    auto b = r_.make_box();
    if (b) boxes_.push_back(*b);
    return b;
  }

 private:
  ProcessRunner& r_;
  std::vector<std::string> boxes_;
};

struct Built {
  std::string box;
  std::vector<std::string> argv;
};

// Compiles (C++) or syntax-checks (Python) `files` into `box`. A CE/JE verdict when it fails.
std::optional<Verdict> build(ProcessRunner& runner, const std::string& box, Language lang,
                             const std::vector<PackageFile>& files, const std::string& main, const std::string& exe,
                             const ProblemLimits& limits, const Toolchain& tools, std::string& diagnostics,
                             std::vector<std::string>& run_argv) {
  for (const auto& f : files)
    if (auto r = runner.put_file(box, f.path, f.data); !r) return make(Outcome::je, r.error().message);
  RunSpec spec;
  spec.box = box;
  spec.mode = BoxMode::build;
  spec.limits = compile_limits(limits);
  spec.keep_stderr = kCompileMessageMax;
  spec.env = {"PATH=/usr/bin:/bin", "TMPDIR=/tmp", "LC_ALL=C.UTF-8"};
  if (lang == Language::cpp) {
    spec.argv = {tools.cxx};
    spec.argv.insert(spec.argv.end(), tools.cxx_flags.begin(), tools.cxx_flags.end());
    spec.argv.insert(spec.argv.end(), {"-I/box", "-o", "/box/" + exe});
    for (const auto& f : files)
      if (language_of(f.path) == Language::cpp) spec.argv.push_back("/box/" + f.path);
    run_argv = {"/box/" + exe};
  } else {
    spec.argv = {
        tools.python,   "-B", "-s", "-c", "import sys; compile(open(sys.argv[1], 'rb').read(), sys.argv[2], 'exec')",
        "/box/" + main, main};
    run_argv = {tools.python, "-B", "-s", "/box/" + main};
  }
  auto r = runner.run(spec);
  if (!r) return make(Outcome::je, "cannot run the compiler: " + r.error().message);
  diagnostics = cap(r->out + r->err, kCompileMessageMax);
  switch (r->stop) {
    case Stop::cpu:
    case Stop::wall:
      return make(Outcome::ce, "the compiler ran out of time");
    case Stop::memory:
      return make(Outcome::ce, "the compiler ran out of memory");
    case Stop::output:
      return make(Outcome::ce, "the compiler printed too much (stopped at its output limit)");
    case Stop::none:
      break;
  }
  if (r->oom) return make(Outcome::ce, "the compiler ran out of memory");
  if (!r->exited) {
    if (r->signal == SIGXFSZ) return make(Outcome::ce, "the compiler's output file grew over the size limit");
    return make(Outcome::ce, "the compiler was killed by " + signal_name(r->signal));
  }
  if (r->exit_code != 0) {
    if (diagnostics.empty() && r->exit_code == 127) return make(Outcome::je, "the compiler is missing in the sandbox");
    return make(Outcome::ce, lang == Language::python ? last_line(r->err) : "");
  }
  return std::nullopt;
}

std::string describe_signal(int sig, Language lang, std::string_view err) {
  std::string d = signal_name(sig);
  if (sig == SIGSEGV)
    d += lang == Language::cpp ? " (a stack overflow, a bad pointer or an index out of range)"
                               : " (the interpreter crashed: often a recursion too deep)";
  if (sig == SIGFPE) d += " (an integer division by zero?)";
  if (sig == SIGABRT) {
    auto why = abort_reason(err);
    if (!why.empty()) d += ": " + why;
  }
  return d;
}

}  // namespace

RunLimits run_limits(const ProblemLimits& l, const JudgeOptions& o) {
  RunLimits r;
  r.cpu_ms = static_cast<std::int64_t>(std::ceil(l.time_limit_s * 1000.0));
  r.wall_ms = static_cast<std::int64_t>(std::ceil(o.wall_factor * l.time_limit_s * 1000.0)) + o.wall_extra_ms;
  r.memory_bytes = static_cast<std::uint64_t>(l.memory_mib) * kMiB;
  r.output_bytes = static_cast<std::uint64_t>(l.output_mib) * kMiB;
  r.file_bytes = r.output_bytes;
  r.stack_bytes = std::min<std::uint64_t>(64 * kMiB, r.memory_bytes);
  r.processes = 32;
  r.open_files = 64;
  return r;
}

RunLimits compile_limits(const ProblemLimits& l) {
  RunLimits r;
  r.cpu_ms = static_cast<std::int64_t>(std::ceil(l.compile_time_s * 1000.0));
  r.wall_ms = 2 * r.cpu_ms + 2000;
  r.memory_bytes = static_cast<std::uint64_t>(l.compile_memory_mib) * kMiB;
  r.output_bytes = 1 * kMiB;  // diagnostics: an include bomb prints 64 MiB of them
  r.file_bytes = 256 * kMiB;  // the object file and the binary; a 2 GB array does not fit
  r.stack_bytes = 128 * kMiB;
  r.processes = 16;
  r.open_files = 256;
  return r;
}

std::optional<Verdict> classify_run(const RunResult& r, const RunLimits& limits, Language lang) {
  const int sig = r.exited ? 0 : r.signal;
  if (sig == SIGSYS) return make(Outcome::sv, "a forbidden system call (seccomp)", sig);
  if (r.stop == Stop::output || sig == SIGXFSZ || r.out_bytes + r.err_bytes > limits.output_bytes)
    return make(Outcome::ole, sig == SIGXFSZ ? "a file grew over the size limit" : "more output than the limit", sig);
  if (r.stop == Stop::memory || r.oom || r.memory_bytes > limits.memory_bytes) return make(Outcome::mle, "", sig);
  if (r.stop == Stop::cpu || r.stop == Stop::wall || r.cpu_ms > limits.cpu_ms || sig == SIGXCPU)
    return make(Outcome::tle, r.stop == Stop::wall ? "the wall-clock limit (the program waited or slept)" : "", sig);
  if (out_of_memory_message(r.err, lang)) return make(Outcome::mle, last_line(r.err), sig, r.exit_code);
  if (sig != 0) return make(Outcome::re, describe_signal(sig, lang, r.err), sig);
  if (r.exit_code != 0) {
    std::string d = "exit status " + std::to_string(r.exit_code);
    if (lang == Language::python && contains(r.err, "Traceback")) d = last_line(r.err);
    return make(Outcome::re, d, 0, r.exit_code);
  }
  return std::nullopt;
}

JudgeReport judge(const Package& p, const Submission& s, ProcessRunner& runner, const JudgeOptions& o) {
  JudgeReport rep;
  BoxGuard boxes(runner);
  const RunLimits limits = run_limits(p.limits, o);

  // 1. The submission.
  auto box = boxes.make();
  if (!box) return rep.verdict = make(Outcome::je, box.error().message), rep;
  std::vector<PackageFile> files = s.lang == Language::cpp ? p.include_cpp : p.include_python;
  const std::string main = s.lang == Language::cpp ? "main.cpp" : "main.py";
  files.push_back(PackageFile{main, s.source});
  std::vector<std::string> argv;
  if (auto v = build(runner, *box, s.lang, files, main, "main", p.limits, o.tools, rep.compile_output, argv)) {
    rep.verdict = *v;
    return rep;
  }

  // 2. The output validator, when the package has one.
  std::string vbox;
  std::vector<std::string> vargv;
  if (p.output_validator) {
    auto b = boxes.make();
    if (!b) return rep.verdict = make(Outcome::je, b.error().message), rep;
    vbox = *b;
    std::string diag;
    const auto& v = *p.output_validator;
    if (auto bad = build(runner, vbox, v.lang, v.files, v.main, "validator", ProblemLimits{}, o.tools, diag, vargv)) {
      rep.verdict = make(Outcome::je, "the problem's output validator does not build: " + bad->detail + "\n" + diag);
      return rep;
    }
  }

  // 3. Every test case: samples first, stop at the first failure unless run_all.
  for (const auto& t : p.tests) {
    if (o.samples_only && !t.sample) continue;
    ++rep.total_tests;
  }
  for (const auto& t : p.tests) {
    if (o.samples_only && !t.sample) continue;
    if (!rep.verdict.accepted() && !o.run_all) break;
    TestResult tr;
    tr.name = t.name;
    tr.sample = t.sample;
    RunSpec spec;
    spec.argv = argv;
    spec.box = *box;
    spec.mode = BoxMode::run;
    spec.stdin_data = t.input;
    spec.limits = limits;
    auto r = runner.run(spec);
    if (!r) {
      tr.verdict = make(Outcome::je, "cannot run the program: " + r.error().message);
    } else {
      tr.cpu_ms = r->cpu_ms;
      tr.wall_ms = r->wall_ms;
      tr.memory_bytes = r->memory_bytes;
      tr.stderr_text = r->err;
      if (t.sample) tr.output = cap(r->out, kSampleOutputMax);
      if (auto v = classify_run(*r, limits, s.lang)) {
        tr.verdict = *v;
      } else if (!p.output_validator) {
        auto flags = parse_checker_flags(t.validator_args);
        if (!flags) {
          tr.verdict = make(Outcome::je, flags.error().message);
        } else {
          auto c = check_tokens(t.answer, r->out, *flags);
          tr.verdict = c.accepted ? make(Outcome::ac) : make(Outcome::wa, c.message);
        }
      } else {
        // input answer feedback_dir [args] < team output; 42 = accepted, 43 = wrong answer.
        bool ok = runner.put_file(vbox, "input.in", t.input).has_value() &&
                  runner.put_file(vbox, "answer.ans", t.answer).has_value() &&
                  runner.put_file(vbox, "feedback/judgemessage.txt", "").has_value() &&
                  runner.put_file(vbox, "feedback/teammessage.txt", "").has_value();
        RunSpec vs;
        vs.argv = vargv;
        vs.argv.insert(vs.argv.end(), {"/box/input.in", "/box/answer.ans", "/box/feedback/"});
        vs.argv.insert(vs.argv.end(), t.validator_args.begin(), t.validator_args.end());
        vs.box = vbox;
        vs.mode = BoxMode::build;
        vs.stdin_data = r->out;
        vs.limits = compile_limits(ProblemLimits{});
        vs.limits.output_bytes = 1 * kMiB;
        auto vr = ok ? runner.run(vs) : Result<RunResult>(fail(Errc::io, "cannot write the validator's files"));
        if (!vr) {
          tr.verdict = make(Outcome::je, "output validator: " + vr.error().message);
        } else {
          auto msg = runner.get_file(vbox, "feedback/judgemessage.txt", 4096).value_or("");
          if (msg.empty()) msg = runner.get_file(vbox, "feedback/teammessage.txt", 4096).value_or("");
          if (vr->exited && vr->exit_code == 42)
            tr.verdict = make(Outcome::ac);
          else if (vr->exited && vr->exit_code == 43)
            tr.verdict = make(Outcome::wa, last_line(msg));
          else
            tr.verdict = make(Outcome::je, "output validator failed (" +
                                               (vr->exited ? "exit status " + std::to_string(vr->exit_code)
                                                           : signal_name(vr->signal)) +
                                               "): " + last_line(vr->err + msg));
        }
      }
    }
    rep.max_cpu_ms = std::max(rep.max_cpu_ms, tr.cpu_ms);
    rep.max_memory_bytes = std::max(rep.max_memory_bytes, tr.memory_bytes);
    if (!tr.verdict.accepted() && rep.verdict.accepted()) rep.verdict = tr.verdict;
    rep.tests.push_back(std::move(tr));
  }
  return rep;
}

}  // namespace kkori::judge
