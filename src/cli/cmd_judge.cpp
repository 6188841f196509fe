// `kkori judge list|show|hint|run|verify|attempts|sandbox|overhead`: the coding judge
// (docs/judge.md for the sandbox, docs/problem-format.md for problem packages).
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/term.hpp"
#include "judge/codec.hpp"
#include "judge/judge.hpp"
#include "judge/package_files.hpp"
#include "judge/sandbox.hpp"
#include "store/judge_store.hpp"

namespace kkori::cli {

namespace {

namespace fs = std::filesystem;
using judge::Language;
using judge::Outcome;
using judge::Package;

bool korean(const Context& ctx) { return ctx.lang == Lang::ko; }

// "file:line: error: msg" when the error has a place, else just the message (ctx.error adds "error:").
std::string said(const Error& e) { return e.where.file.empty() && e.where.field.empty() ? e.message : e.located(); }

void print_diagnostics(Context& ctx, const judge::PackageLoad& load) {
  for (const auto& w : load.warnings) ctx.err << w.located().replace(w.located().find("error:"), 6, "warning:") << "\n";
  for (const auto& e : load.errors) ctx.err << e.located() << "\n";
}

// A problem by folder (holding problem.yaml) or by id (bundled, or under --content DIR/problems).
Result<Package> load_problem(Context& ctx, const std::string& arg, bool quiet_warnings = true) {
  judge::PackageLoad load;
  if (judge::is_package_dir(arg)) {
    auto files = judge::read_package_dir(arg);
    if (!files) return std::unexpected(files.error());
    std::string id = fs::path(arg).lexically_normal().filename().string();
    if (id.empty() || id == ".") id = fs::weakly_canonical(arg).filename().string();
    load = judge::load_package(id, *files, arg);
  } else if (!ctx.content_dir.empty()) {
    const std::string dir = ctx.content_dir + "/problems/" + arg;
    if (!judge::is_package_dir(dir))
      return fail(Errc::not_found,
                  "no problem '" + arg + "' in " + ctx.content_dir + "/problems (see `kkori judge list`)");
    auto files = judge::read_package_dir(dir);
    if (!files) return std::unexpected(files.error());
    load = judge::load_package(arg, *files, dir);
  } else {
    auto files = judge::bundled_problem_files(arg);
    if (files.empty())
      return fail(Errc::not_found, "no problem '" + arg + "' (see `kkori judge list`, or give a problem folder)");
    load = judge::load_package(arg, files, "bundled");
  }
  if (!quiet_warnings || !load.errors.empty()) print_diagnostics(ctx, load);
  if (!load.package)
    return fail(Errc::invalid_input, "problem '" + arg + "' has " + std::to_string(load.errors.size()) + " error(s)");
  return std::move(*load.package);
}

// Every problem: bundled, or under --content DIR/problems.
Result<std::vector<Package>> all_problems(Context& ctx) {
  std::vector<std::string> ids;
  if (!ctx.content_dir.empty()) {
    const std::string root = ctx.content_dir + "/problems";
    std::error_code ec;
    if (!fs::is_directory(root, ec)) return std::vector<Package>{};
    auto dirs = judge::list_package_dirs(root);
    if (!dirs) return std::unexpected(dirs.error());
    for (const auto& d : *dirs) ids.push_back(fs::path(d).filename().string());
  } else {
    ids = judge::bundled_problem_ids();
  }
  std::vector<Package> out;
  for (const auto& id : ids) {
    auto p = load_problem(ctx, id);
    if (!p) {  // one broken package does not hide the others
      ctx.err << "kkori: warning: skipped: " << p.error().message << " (kkori judge verify " << id << ")\n";
      continue;
    }
    out.push_back(std::move(*p));
  }
  return out;
}

Result<std::unique_ptr<judge::Sandbox>> make_sandbox() {
  auto sb = judge::Sandbox::create();
  if (!sb) return fail(Errc::io, "the sandbox cannot start on this machine: " + sb.error().message);
  return sb;
}

std::string read_file(const std::string& path, Result<void>& status) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    status = fail(Errc::not_found, "cannot read " + path);
    return {};
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string mib(std::uint64_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

Color color_of(Outcome o) {
  switch (o) {
    case Outcome::ac:
      return Color::green;
    case Outcome::wa:
    case Outcome::re:
    case Outcome::sv:
      return Color::red;
    case Outcome::je:
      return Color::red;
    default:
      return Color::yellow;
  }
}

std::string verdict_line(const Context& ctx, const judge::Verdict& v) {
  std::string s = paint(ctx, color_of(v.outcome), std::string(judge::code(v.outcome))) + " (" +
                  std::string(judge::title(v.outcome, korean(ctx))) + ")";
  if (v.signal) s += " · " + judge::signal_name(v.signal);
  return s;
}

std::string last_lines(const std::string& s, int n) {
  std::size_t pos = s.size();
  for (int i = 0; i <= n && pos != std::string::npos && pos > 0; ++i) pos = s.rfind('\n', pos - 1);
  return pos == std::string::npos || pos == 0 ? s : s.substr(pos + 1);
}

// ---------------------------------------------------------------------------------------------

void list(Context& ctx) {
  auto problems = all_problems(ctx);
  if (!problems) return ctx.error(said(problems.error()));
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& p : *problems)
      arr.push_back(Json{{"id", p.id},
                         {"name", Json{{"ko", p.name.ko}, {"en", p.name.en}}},
                         {"keywords", p.keywords},
                         {"category", p.category},
                         {"level", p.level},
                         {"tags", p.tags},
                         {"time_limit_s", p.limits.time_limit_s},
                         {"memory_mib", p.limits.memory_mib},
                         {"samples", p.sample_count()},
                         {"tests", p.tests.size()},
                         {"hints", p.hints.size()}});
    ctx.out << arr.dump(1) << "\n";
    return;
  }
  if (problems->empty()) {
    ctx.out << tr(ctx, "문제가 없습니다.\n", "No problems.\n");
    return;
  }
  for (const auto& p : *problems) {
    std::string kw;
    for (const auto& k : p.keywords) kw += (kw.empty() ? "" : ", ") + k;
    char lim[48];
    std::snprintf(lim, sizeof lim, "%.1f s · %d MiB", p.limits.time_limit_s, p.limits.memory_mib);
    ctx.out << paint(ctx, Color::bold, pad_cols(p.id, 28)) << pad_cols(p.name.get(ctx.lang), 34)
            << paint(ctx, Color::dim, lim) << (kw.empty() ? "" : "  " + paint(ctx, Color::dim, kw)) << "\n";
  }
}

void show(Context& ctx, const std::string& arg) {
  auto p = load_problem(ctx, arg);
  if (!p) return ctx.error(said(p.error()));
  if (ctx.json) {
    Json samples = Json::array();
    for (const auto& t : p->tests)
      if (t.sample) samples.push_back(Json{{"name", t.name}, {"input", t.input}, {"answer", t.answer}});
    ctx.out << Json{{"id", p->id},
                    {"name", Json{{"ko", p->name.ko}, {"en", p->name.en}}},
                    {"statement", Json{{"ko", p->statement.ko}, {"en", p->statement.en}}},
                    {"keywords", p->keywords},
                    {"limits", Json{{"time_limit_s", p->limits.time_limit_s},
                                    {"memory_mib", p->limits.memory_mib},
                                    {"output_mib", p->limits.output_mib}}},
                    {"samples", samples},
                    {"hints", p->hints.size()}}
                   .dump(1)
            << "\n";
    return;
  }
  char lim[96];
  std::snprintf(lim, sizeof lim, "%s %.1f s · %s %d MiB", tr(ctx, "시간", "time"), p->limits.time_limit_s,
                tr(ctx, "메모리", "memory"), p->limits.memory_mib);
  ctx.out << paint(ctx, Color::bold, p->name.get(ctx.lang)) << "  " << paint(ctx, Color::dim, lim) << "\n\n";
  ctx.out << p->statement.get(ctx.lang) << "\n";
  for (const auto& t : p->tests) {
    if (!t.sample) continue;
    ctx.out << paint(ctx, Color::cyan, tr(ctx, "예제 입력 ", "Sample input ") + t.name) << "\n" << t.input;
    ctx.out << paint(ctx, Color::cyan, tr(ctx, "예제 출력 ", "Sample output ") + t.name) << "\n" << t.answer << "\n";
  }
  if (!p->hints.empty())
    ctx.out << paint(ctx, Color::dim,
                     tr(ctx, "힌트: kkori judge hint ", "Hints: kkori judge hint ") + p->id + " [1-" +
                         std::to_string(p->hints.size()) + "]")
            << "\n";
}

void hint(Context& ctx, const std::string& arg, int upto) {
  auto p = load_problem(ctx, arg);
  if (!p) return ctx.error(said(p.error()));
  if (p->hints.empty()) return ctx.error(tr(ctx, "이 문제에는 힌트가 없습니다", "this problem has no hints"));
  const int n = std::clamp(upto, 1, static_cast<int>(p->hints.size()));
  if (ctx.json) {
    Json arr = Json::array();
    for (int i = 0; i < n; ++i) arr.push_back(p->hints[static_cast<std::size_t>(i)].get(ctx.lang));
    ctx.out << Json{{"id", p->id}, {"hints", arr}, {"total", p->hints.size()}}.dump(1) << "\n";
    return;
  }
  for (int i = 0; i < n; ++i)
    ctx.out << paint(ctx, Color::cyan, tr(ctx, "힌트 ", "Hint ") + std::to_string(i + 1)) << "\n"
            << p->hints[static_cast<std::size_t>(i)].get(ctx.lang) << "\n\n";
}

struct RunFlags {
  std::string problem, file, lang;
  bool all = false, samples = false, no_record = false;
};

void print_report(Context& ctx, const Package& p, Language lang, const judge::JudgeReport& r) {
  ctx.out << paint(ctx, Color::bold, p.name.get(ctx.lang)) << " (" << p.id << ") · "
          << (lang == Language::cpp ? "C++" : "Python") << "\n";
  if (r.verdict.outcome == Outcome::ce || (!r.compile_output.empty() && r.tests.empty())) {
    ctx.out << r.compile_output;
    if (!r.compile_output.empty() && r.compile_output.back() != '\n') ctx.out << "\n";
  }
  for (const auto& t : r.tests) {
    char line[96];
    std::snprintf(line, sizeof line, "%6lld ms  %10s", static_cast<long long>(t.cpu_ms), mib(t.memory_bytes).c_str());
    ctx.out << "  " << paint(ctx, color_of(t.verdict.outcome), pad_cols(std::string(judge::code(t.verdict.outcome)), 4))
            << pad_cols(t.name, 22) << paint(ctx, Color::dim, line);
    if (!t.verdict.detail.empty()) ctx.out << "  " << t.verdict.detail;
    ctx.out << "\n";
    if (!t.verdict.accepted() && !t.stderr_text.empty())
      ctx.out << paint(ctx, Color::dim, tr(ctx, "    stderr (끝부분):\n", "    stderr (the end):\n"))
              << last_lines(t.stderr_text, 12) << (t.stderr_text.back() == '\n' ? "" : "\n");
  }
  ctx.out << tr(ctx, "결과: ", "Verdict: ") << verdict_line(ctx, r.verdict);
  for (const auto& t : r.tests)
    if (!t.verdict.accepted()) {
      ctx.out << tr(ctx, " · 테스트 ", " on ") << t.name;
      break;
    }
  if (!r.verdict.detail.empty() && r.tests.empty()) ctx.out << " · " << r.verdict.detail;
  ctx.out << " · " << judge::passed_count(r) << "/" << r.total_tests << tr(ctx, " 통과", " passed") << "\n";
}

void run(Context& ctx, const RunFlags& f) {
  auto p = load_problem(ctx, f.problem);
  if (!p) return ctx.error(said(p.error()));
  Result<void> status;
  judge::Submission sub;
  sub.source = read_file(f.file, status);
  if (!status) return ctx.error(status.error().message);
  auto lang = f.lang.empty() ? judge::language_of(f.file) : judge::parse_language(f.lang);
  if (!lang)
    return ctx.error(tr(ctx, "언어를 알 수 없습니다: --lang cpp|python 을 주세요 (",
                        "cannot tell the language: give --lang cpp|python (") +
                     f.file + ")");
  sub.lang = *lang;
  auto sb = make_sandbox();
  if (!sb) return ctx.error(sb.error().message, kExitInternal);
  judge::JudgeOptions opt;
  opt.run_all = f.all;
  opt.samples_only = f.samples;
  auto report = judge::judge(*p, sub, **sb, opt);
  Json j = judge::report_json(*p, sub.lang, report);
  const auto& info = (*sb)->info();
  j["sandbox"] = Json{{"memory", info.memory}, {"tasks", info.tasks},     {"cpu", info.cpu},
                      {"user", info.user},     {"network", info.network}, {"missing", info.missing}};
  j["attempt_id"] = nullptr;
  if (!f.no_record) {
    auto st = store::JudgeStore::open(ctx.db_path);
    if (st) {
      store::JudgeAttempt a;
      a.problem_id = p->id;
      a.language = std::string(judge::to_string(sub.lang));
      a.verdict = std::string(judge::code(report.verdict.outcome));
      a.source = sub.source;
      a.passed = judge::passed_count(report);
      a.total = static_cast<int>(report.total_tests);
      a.max_cpu_ms = report.max_cpu_ms;
      a.max_memory_kib = static_cast<std::int64_t>(report.max_memory_bytes / 1024);
      a.report_json = j.dump();
      a.created_at_ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
              .count();
      if (auto id = (*st)->record(a))
        j["attempt_id"] = *id;
      else
        ctx.err << "kkori: warning: attempt not recorded: " << id.error().message << "\n";
    } else {
      ctx.err << "kkori: warning: attempt not recorded: " << st.error().message << "\n";
    }
  }
  if (ctx.json)
    ctx.out << j.dump(1) << "\n";
  else
    print_report(ctx, *p, sub.lang, report);
  if (report.verdict.outcome == Outcome::je) ctx.exit_code = kExitInternal;
}

void verify(Context& ctx, const std::vector<std::string>& args) {
  std::vector<Package> problems;
  if (args.empty()) {
    auto all = all_problems(ctx);
    if (!all) return ctx.error(said(all.error()));
    problems = std::move(*all);
  } else {
    for (const auto& a : args) {
      auto p = load_problem(ctx, a, false);
      if (!p) return ctx.error(said(p.error()));
      problems.push_back(std::move(*p));
    }
  }
  auto sb = make_sandbox();
  if (!sb) return ctx.error(sb.error().message, kExitInternal);
  Json out = Json::array();
  int bad = 0;
  for (const auto& p : problems) {
    Json pj{{"id", p.id}, {"rules", Json::array()}, {"submissions", Json::array()}};
    if (p.origin == "bundled" || (!ctx.content_dir.empty() && p.origin.starts_with(ctx.content_dir))) {
      for (const auto& e : judge::bundled_rules(p)) {
        pj["rules"].push_back(e.located());
        if (!ctx.json) ctx.err << e.located() << "\n";
        ++bad;
      }
    }
    if (!ctx.json) ctx.out << paint(ctx, Color::bold, p.id) << "\n";
    for (const auto& s : p.submissions) {
      judge::JudgeOptions opt;
      auto r = judge::judge(p, judge::Submission{s.lang, s.source}, **sb, opt);
      const bool ok = std::find(s.expected.begin(), s.expected.end(), r.verdict.outcome) != s.expected.end();
      bad += ok ? 0 : 1;
      std::string want;
      for (auto o : s.expected) want += (want.empty() ? "" : "|") + std::string(judge::code(o));
      pj["submissions"].push_back(Json{{"path", s.path},
                                       {"expected", want},
                                       {"verdict", std::string(judge::code(r.verdict.outcome))},
                                       {"ok", ok},
                                       {"max_cpu_ms", r.max_cpu_ms},
                                       {"detail", r.verdict.detail}});
      if (!ctx.json) {
        char ms[32];
        std::snprintf(ms, sizeof ms, "%6lld ms", static_cast<long long>(r.max_cpu_ms));
        ctx.out << "  " << paint(ctx, ok ? Color::green : Color::red, ok ? "ok  " : "BAD ")
                << pad_cols(std::string(judge::code(r.verdict.outcome)), 4) << paint(ctx, Color::dim, ms) << "  "
                << s.path
                << (ok ? "" : "  (" + std::string(tr(ctx, "기대: ", "expected ")) + want + ") " + r.verdict.detail)
                << "\n";
      }
    }
    out.push_back(std::move(pj));
  }
  if (ctx.json) ctx.out << out.dump(1) << "\n";
  if (bad) ctx.error(std::to_string(bad) + tr(ctx, "개 문제 발견", " problem(s) found"));
}

void attempts(Context& ctx, const std::string& problem, int limit) {
  auto st = store::JudgeStore::open(ctx.db_path);
  if (!st) return ctx.error(st.error().message);
  auto rows = (*st)->attempts(problem, limit);
  if (!rows) return ctx.error(rows.error().message);
  if (ctx.json) {
    Json arr = Json::array();
    for (const auto& a : *rows)
      arr.push_back(Json{{"id", a.id},
                         {"problem", a.problem_id},
                         {"language", a.language},
                         {"verdict", a.verdict},
                         {"passed", a.passed},
                         {"total", a.total},
                         {"max_cpu_ms", a.max_cpu_ms},
                         {"max_memory_kib", a.max_memory_kib},
                         {"created_at_ms", a.created_at_ms}});
    ctx.out << arr.dump(1) << "\n";
    return;
  }
  if (rows->empty()) ctx.out << tr(ctx, "아직 제출이 없습니다.\n", "No attempts yet.\n");
  for (const auto& a : *rows) {
    auto o = judge::parse_outcome(a.verdict).value_or(Outcome::je);
    ctx.out << "#" << a.id << "  " << pad_cols(a.problem_id, 28) << pad_cols(a.language, 8)
            << paint(ctx, color_of(o), pad_cols(a.verdict, 4)) << " " << a.passed << "/" << a.total << "  "
            << a.max_cpu_ms << " ms\n";
  }
}

void sandbox_info(Context& ctx) {
  auto sb = make_sandbox();
  if (!sb) return ctx.error(sb.error().message, kExitInternal);
  const auto& i = (*sb)->info();
  if (ctx.json) {
    ctx.out << Json{{"memory", i.memory},  {"tasks", i.tasks},     {"cpu", i.cpu},
                    {"user", i.user},      {"network", i.network}, {"memory_by_cgroup", i.memory_by_cgroup},
                    {"missing", i.missing}}
                   .dump(1)
            << "\n";
    return;
  }
  ctx.out << "memory:  " << i.memory << "\ntasks:   " << i.tasks << "\ncpu:     " << i.cpu << "\nuser:    " << i.user
          << "\nnetwork: " << i.network << "\n";
  for (const auto& m : i.missing) ctx.out << paint(ctx, Color::yellow, "missing: ") << m << "\n";
}

// The sandbox's own cost per run beside a bare fork+exec+wait of the same static binary.
void overhead(Context& ctx, const std::string& exe, int runs) {
  Result<void> status;
  std::string bytes = read_file(exe, status);
  if (!status) return ctx.error(status.error().message);
  auto sb = make_sandbox();
  if (!sb) return ctx.error(sb.error().message, kExitInternal);
  auto box = (*sb)->make_box();
  if (!box) return ctx.error(box.error().message, kExitInternal);
  if (auto r = (*sb)->put_file(*box, "prog", bytes, true); !r) return ctx.error(r.error().message, kExitInternal);
  judge::RunSpec spec;
  spec.argv = {"/box/prog"};
  spec.box = *box;
  std::vector<double> sand, bare;
  for (int i = 0; i < runs; ++i) {
    auto t0 = std::chrono::steady_clock::now();
    auto r = (*sb)->run(spec);
    auto t1 = std::chrono::steady_clock::now();
    if (!r || !r->exited || r->exit_code != 0)
      return ctx.error(
          "the program did not run cleanly in the sandbox" + (r ? ": " + r->err : ": " + r.error().message),
          kExitInternal);
    sand.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    auto b = judge::bare_fork_exec_ns(exe);
    if (!b) return ctx.error(b.error().message, kExitInternal);
    bare.push_back(static_cast<double>(*b) / 1e6);
  }
  (*sb)->remove_box(*box);
  auto q = [](std::vector<double> v, double f) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(f * static_cast<double>(v.size())))];
  };
  Json j{{"runs", runs},
         {"sandbox_ms", Json{{"median", q(sand, 0.5)}, {"p10", q(sand, 0.1)}, {"p90", q(sand, 0.9)}}},
         {"bare_ms", Json{{"median", q(bare, 0.5)}, {"p10", q(bare, 0.1)}, {"p90", q(bare, 0.9)}}},
         {"overhead_ms_median", q(sand, 0.5) - q(bare, 0.5)}};
  if (ctx.json) {
    ctx.out << j.dump(1) << "\n";
    return;
  }
  char line[200];
  std::snprintf(line, sizeof line, "sandbox %.3f ms, bare fork+exec %.3f ms, overhead %.3f ms (medians of %d runs)\n",
                q(sand, 0.5), q(bare, 0.5), q(sand, 0.5) - q(bare, 0.5), runs);
  ctx.out << line;
}

}  // namespace

void add_judge_commands(CLI::App& app, Context& ctx) {
  auto* j = app.add_subcommand("judge",
                               "Coding problems: list, read, run a solution in the sandbox\n"
                               "코딩 문제: 목록, 문제 보기, 샌드박스에서 채점");
  j->require_subcommand(1);

  j->add_subcommand("list", "List the problems (--json: objects with id) / 문제 목록")->callback([&ctx] { list(ctx); });

  auto show_id = std::make_shared<std::string>();
  auto* sh = j->add_subcommand("show", "Statement, limits and samples of a problem / 문제 보기");
  sh->add_option("problem", *show_id, "Problem id or folder")->required();
  sh->callback([&ctx, show_id] { show(ctx, *show_id); });

  auto hint_id = std::make_shared<std::string>();
  auto hint_n = std::make_shared<int>(1);
  auto* hi = j->add_subcommand("hint", "Hints 1..N of a problem, one step at a time / 힌트 1..N");
  hi->add_option("problem", *hint_id, "Problem id or folder")->required();
  hi->add_option("n", *hint_n, "How many hints (default 1)");
  hi->callback([&ctx, hint_id, hint_n] { hint(ctx, *hint_id, *hint_n); });

  auto rf = std::make_shared<RunFlags>();
  auto* r = j->add_subcommand("run",
                              "Judge a solution (C++ or Python) in the sandbox; records the attempt\n"
                              "풀이를 샌드박스에서 채점하고 기록합니다");
  r->add_option("problem", rf->problem, "Problem id or folder (holding problem.yaml)")->required();
  r->add_option("file", rf->file, "Solution file (.cpp/.cc or .py)")->required();
  r->add_option("--lang,--language", rf->lang, "Program language: cpp|python (default: from the file name)")
      ->check(CLI::IsMember({"cpp", "python", "c++", "python3", "py"}));
  r->add_flag("--all", rf->all, "Run every test, not only up to the first failure / 모든 테스트 실행");
  r->add_flag("--samples", rf->samples, "Run the sample tests only / 예제만 실행");
  r->add_flag("--no-record", rf->no_record, "Do not record the attempt / 기록하지 않음");
  r->footer(
      "Exit status 0 for every verdict but JE (2). The UI language flag goes before `judge`: "
      "kkori --lang ko judge run ...");
  r->callback([&ctx, rf] { run(ctx, *rf); });

  auto vargs = std::make_shared<std::vector<std::string>>();
  auto* v = j->add_subcommand("verify",
                              "Judge every submission shipped in the package(s) and check its expected "
                              "verdict; bundled rules for content problems / 문제 패키지 검증");
  v->add_option("problems", *vargs, "Problem ids or folders (default: every problem)");
  v->callback([&ctx, vargs] { verify(ctx, *vargs); });

  auto at_problem = std::make_shared<std::string>();
  auto at_limit = std::make_shared<int>(20);
  auto* at = j->add_subcommand("attempts", "Your judged attempts, newest first / 제출 기록");
  at->add_option("problem", *at_problem, "Only this problem");
  at->add_option("--limit", *at_limit, "How many (default 20; 0 = all)");
  at->callback([&ctx, at_problem, at_limit] { attempts(ctx, *at_problem, *at_limit); });

  j->add_subcommand("sandbox", "What enforces each limit on this machine, and what is missing / 샌드박스 상태")
      ->callback([&ctx] { sandbox_info(ctx); });

  auto ov_file = std::make_shared<std::string>();
  auto ov_runs = std::make_shared<int>(200);
  auto* ov = j->add_subcommand("overhead",
                               "Benchmark: sandbox per-run cost beside a bare fork+exec of a static "
                               "binary / 샌드박스 실행 비용 측정");
  ov->add_option("binary", *ov_file, "A static binary that exits 0 at once")->required();
  ov->add_option("--runs", *ov_runs, "Runs (default 200)")->check(CLI::Range(1, 100000));
  ov->callback([&ctx, ov_file, ov_runs] { overhead(ctx, *ov_file, *ov_runs); });
}

}  // namespace kkori::cli
