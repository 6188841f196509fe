#include "server/api_judge.hpp"

#include <map>
#include <set>

#include "core/utf8.hpp"
#include "json/json.hpp"
#include "judge/codec.hpp"
#include "judge/starter.hpp"
#include "server/body.hpp"
#include "store/judge_store.hpp"

namespace kkori::server {

namespace {

using judge::Language;
using judge::Outcome;
using judge::Package;

constexpr std::size_t kShownMax = std::size_t{64} * 1024;  // sample input / answer / output shown per test
constexpr std::size_t kStderrMax = 4096;

Json bi(const Bilingual& b) { return Json{{"ko", b.ko}, {"en", b.en}}; }

// The languages offered for a problem: those it is written for, or both when it does not say.
std::vector<std::string> languages(const Package& p) {
  if (!p.languages.empty()) return p.languages;
  return {"python", "cpp"};
}

Result<int> int_field(const Json& j, const char* name, int fallback, int lo, int hi) {
  if (!j.contains(name) || j[name].is_null()) return fallback;
  if (j[name].is_number_integer()) {
    auto x = j[name].get<std::int64_t>();
    if (x >= lo && x <= hi) return static_cast<int>(x);
  }
  return fail(
      Errc::invalid_input,
      std::string("field '") + name + "' must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi),
      Location{{}, 0, 0, name});
}

// What may be said about a test. For a secret test only what the judge itself knows: the
// checker's message quotes the expected answer and the program's stderr may echo the input, so
// neither is shown; a run-time error keeps its signal or exit status.
std::string public_detail(const judge::TestResult& t) {
  if (t.sample) return valid_utf8(t.verdict.detail);
  const auto& v = t.verdict;
  if (v.outcome == Outcome::re)
    return v.signal ? judge::signal_name(v.signal) : "exit status " + std::to_string(v.exit_code);
  if (v.outcome == Outcome::sv || v.outcome == Outcome::ole) return v.detail;  // fixed judge wording
  return "";
}

Json test_json(const judge::TestResult& t, const Package& p) {
  Json j{{"name", t.name},
         {"sample", t.sample},
         {"verdict", std::string(judge::code(t.verdict.outcome))},
         {"detail", public_detail(t)},
         {"time_ms", t.cpu_ms},
         {"wall_ms", t.wall_ms},
         {"memory_kib", t.memory_bytes / 1024}};
  if (!t.sample) return j;
  for (const auto& tc : p.tests)
    if (tc.sample && tc.name == t.name) {
      j["input"] = utf8_head(tc.input, kShownMax);
      j["expected"] = utf8_head(tc.answer, kShownMax);
    }
  j["output"] = utf8_head(t.output, kShownMax);
  j["stderr"] = utf8_tail(t.stderr_text, kStderrMax);
  return j;
}

Json run_json(const Package& p, Language lang, bool samples_only, const judge::JudgeReport& r) {
  const judge::TestResult* failed = nullptr;
  for (const auto& t : r.tests)
    if (!t.verdict.accepted()) {
      failed = &t;
      break;
    }
  Json tests = Json::array();
  for (const auto& t : r.tests) tests.push_back(test_json(t, p));
  Json j{{"problem", p.id},
         {"language", std::string(judge::to_string(lang))},
         {"samples_only", samples_only},
         {"verdict", std::string(judge::code(r.verdict.outcome))},
         {"detail", failed ? public_detail(*failed) : valid_utf8(r.verdict.detail)},
         {"failed_test", failed ? Json(failed->name) : Json(nullptr)},
         {"passed", judge::passed_count(r)},
         {"total", r.total_tests},
         {"max_time_ms", r.max_cpu_ms},
         {"max_memory_kib", r.max_memory_bytes / 1024},
         {"compile_output", valid_utf8(r.compile_output)},
         {"tests", tests},
         {"attempt_id", nullptr}};
  return j;
}

Json summary_json(const Package& p, bool solved, int attempts) {
  return Json{{"id", p.id},     {"title", bi(p.name)},       {"category", p.category}, {"level", p.level},
              {"tags", p.tags}, {"languages", languages(p)}, {"solved", solved},       {"attempts", attempts}};
}

}  // namespace

JudgeApi::JudgeApi(CatalogLoader load, store::JudgeStore* store, RunnerFactory make_runner, const Clock& clock,
                   Options o)
    : load_(std::move(load)), store_(store), make_runner_(std::move(make_runner)), clock_(clock), opt_(std::move(o)) {}

JudgeApi::~JudgeApi() = default;

const judge::Catalog* JudgeApi::catalog(Response& err) {
  std::call_once(loaded_, [this] { catalog_ = load_(); });
  if (!catalog_) {
    err = problem(503, "Service Unavailable", "the coding problems cannot be read: " + catalog_.error().message);
    return nullptr;
  }
  return &*catalog_;
}

const Package* JudgeApi::problem_of(const Request& r, Response& err) {
  const judge::Catalog* c = catalog(err);
  if (!c) return nullptr;
  const Package* p = c->find(r.param("id"));
  if (!p) err = problem(404, "Not Found", "no problem with id '" + r.param("id") + "'");
  return p;
}

Result<std::unique_ptr<judge::ProcessRunner>> JudgeApi::acquire() {
  std::unique_lock lock(pool_mu_);
  if (!pool_cv_.wait_for(lock, opt_.queue_wait, [this] { return !idle_.empty() || made_ < opt_.max_runs; }))
    return fail(Errc::io, "the judge is busy (" + std::to_string(opt_.max_runs) + " runs in progress); try again");
  if (!idle_.empty()) {
    auto r = std::move(idle_.back());
    idle_.pop_back();
    return r;
  }
  ++made_;
  lock.unlock();
  auto r = make_runner_();
  if (!r) {
    lock.lock();
    --made_;
    pool_cv_.notify_one();
    return fail(Errc::io, "the sandbox cannot start on this machine: " + r.error().message);
  }
  return std::move(*r);
}

void JudgeApi::release(std::unique_ptr<judge::ProcessRunner> runner) {
  {
    std::lock_guard lock(pool_mu_);
    idle_.push_back(std::move(runner));
  }
  pool_cv_.notify_one();
}

Response JudgeApi::list(const Request& r) {
  Response err;
  const judge::Catalog* c = catalog(err);
  if (!c) return err;
  auto level = int_query(r, "level", 0, 0, 3);
  if (!level) return problem(level.error());
  const std::string category = r.q("category").value_or("");
  std::set<std::string> solved;
  std::map<std::string, int> tries;
  if (store_) {
    std::lock_guard lock(store_mu_);
    auto rows = store_->attempts("", 0);
    if (!rows) return problem(rows.error());
    for (const auto& a : *rows) {
      ++tries[a.problem_id];
      if (a.verdict == "AC") solved.insert(a.problem_id);
    }
  }
  Json out = Json::array();
  for (const auto& p : c->problems) {
    if (!category.empty() && p.category != category) continue;
    if (*level && p.level != *level) continue;
    out.push_back(summary_json(p, solved.contains(p.id), tries[p.id]));
  }
  return json_response(200, out.dump());
}

Response JudgeApi::show(const Request& r) {
  Response err;
  const Package* p = problem_of(r, err);
  if (!p) return err;
  bool solved = false;
  int tries = 0;
  if (store_) {
    std::lock_guard lock(store_mu_);
    auto rows = store_->attempts(p->id, 0);
    if (!rows) return problem(rows.error());
    tries = static_cast<int>(rows->size());
    for (const auto& a : *rows) solved = solved || a.verdict == "AC";
  }
  Json j = summary_json(*p, solved, tries);
  j["statement"] = bi(p->statement);
  j["limits"] = Json{{"time_limit_s", p->limits.time_limit_s},
                     {"memory_mib", p->limits.memory_mib},
                     {"output_mib", p->limits.output_mib}};
  Json samples = Json::array();
  for (const auto& t : p->tests)
    if (t.sample) samples.push_back(Json{{"name", t.name}, {"input", t.input}, {"answer", t.answer}});
  j["samples"] = samples;
  j["hints"] = p->hints.size();
  Json starters = Json::object();
  for (auto l : {Language::python, Language::cpp})
    starters[std::string(judge::to_string(l))] = std::string(judge::starter_source(l));
  j["starters"] = starters;
  return json_response(200, j.dump());
}

Response JudgeApi::hints(const Request& r) {
  Response err;
  const Package* p = problem_of(r, err);
  if (!p) return err;
  auto body = parse_body(r.body.empty() ? "{}" : r.body);
  if (!body) return problem(body.error());
  auto n = int_field(*body, "n", 1, 1, 1000);
  if (!n) return problem(n.error());
  Json hints = Json::array();
  for (std::size_t i = 0; i < p->hints.size() && static_cast<int>(i) < *n; ++i) hints.push_back(bi(p->hints[i]));
  return json_response(200, Json{{"id", p->id}, {"hints", hints}, {"total", p->hints.size()}}.dump());
}

Response JudgeApi::run(const Request& r) {
  Response err;
  const Package* p = problem_of(r, err);
  if (!p) return err;
  auto body = parse_body(r.body);
  if (!body) return problem(body.error());
  auto lang_s = string_field(*body, "lang", true, 16);
  if (!lang_s) return problem(lang_s.error());
  auto lang = judge::parse_language(*lang_s);
  if (!lang) return problem(400, "Bad Request", "field 'lang' must be \"cpp\" or \"python\", not \"" + *lang_s + "\"");
  auto source = string_field(*body, "source", true, kMaxBodyBytes);
  if (!source) return problem(source.error());
  if (source->size() > kMaxSourceBytes)
    return problem(400, "Bad Request",
                   "field 'source' is " + std::to_string(source->size()) + " bytes; the limit is 64 KiB (65536 bytes)");
  if (source->find_first_not_of(" \t\r\n") == std::string::npos)
    return problem(400, "Bad Request", "field 'source' is empty");
  bool samples_only = false;
  if (body->contains("samples_only") && !(*body)["samples_only"].is_null()) {
    if (!(*body)["samples_only"].is_boolean())
      return problem(400, "Bad Request", "field 'samples_only' must be true or false");
    samples_only = (*body)["samples_only"].get<bool>();
  }
  auto hints_used = int_field(*body, "hints", 0, 0, 1000);
  if (!hints_used) return problem(hints_used.error());

  auto runner = acquire();
  if (!runner) return problem(503, "Service Unavailable", runner.error().message);
  judge::JudgeOptions o;
  o.tools = opt_.tools;
  o.samples_only = samples_only;
  o.run_all = samples_only;  // every sample gets a row; a submission stops at its first failure
  const judge::JudgeReport rep = judge::judge(*p, judge::Submission{*lang, *source}, **runner, o);
  release(std::move(*runner));

  Json out = run_json(*p, *lang, samples_only, rep);
  if (!samples_only && store_) {
    Json full = judge::report_json(*p, *lang, rep);
    full["hints_used"] = *hints_used;
    full["via"] = "web";
    store::JudgeAttempt a;
    a.problem_id = p->id;
    a.language = std::string(judge::to_string(*lang));
    a.verdict = std::string(judge::code(rep.verdict.outcome));
    a.source = *source;
    a.passed = judge::passed_count(rep);
    a.total = static_cast<int>(rep.total_tests);
    a.max_cpu_ms = rep.max_cpu_ms;
    a.max_memory_kib = static_cast<std::int64_t>(rep.max_memory_bytes / 1024);
    a.report_json = full.dump();
    a.created_at_ms = clock_.now_ms();
    std::lock_guard lock(store_mu_);
    auto id = store_->record(a);
    if (!id) return problem(id.error());
    out["attempt_id"] = *id;
  }
  return json_response(200, out.dump());
}

Response JudgeApi::attempts(const Request& r) {
  Response err;
  const Package* p = problem_of(r, err);
  if (!p) return err;
  auto limit = int_query(r, "limit", 20, 1, 500);
  if (!limit) return problem(limit.error());
  Json out = Json::array();
  if (!store_) return json_response(200, out.dump());
  std::vector<store::JudgeAttempt> rows;
  {
    std::lock_guard lock(store_mu_);
    auto got = store_->attempts(p->id, *limit);
    if (!got) return problem(got.error());
    rows = std::move(*got);
  }
  for (const auto& a : rows) {
    Json report = Json::parse(a.report_json, nullptr, false);
    int hints_used = 0;
    if (report.is_object() && report.contains("hints_used") && report["hints_used"].is_number_integer())
      hints_used = report["hints_used"].get<int>();
    out.push_back(Json{{"id", a.id},
                       {"language", a.language},
                       {"verdict", a.verdict},
                       {"passed", a.passed},
                       {"total", a.total},
                       {"max_time_ms", a.max_cpu_ms},
                       {"max_memory_kib", a.max_memory_kib},
                       {"hints_used", hints_used},
                       {"created_at_ms", a.created_at_ms},
                       {"source", a.source}});
  }
  return json_response(200, out.dump());
}

std::vector<Route> judge_routes(const std::function<JudgeApi*()>& get) {
  auto bind = [get](Response (JudgeApi::*fn)(const Request&)) {
    return [get, fn](const Request& r) {
      JudgeApi* j = get();
      if (!j) return problem(503, "Service Unavailable", "this server was started without the coding judge");
      return (j->*fn)(r);
    };
  };
  return {
      {"GET", "/api/v1/problems", bind(&JudgeApi::list), "coding problems (filter by category, level)"},
      {"GET", "/api/v1/problems/{id}", bind(&JudgeApi::show), "statement, limits, samples, starters"},
      {"POST", "/api/v1/problems/{id}/hints", bind(&JudgeApi::hints), "the first n hints"},
      {"POST", "/api/v1/problems/{id}/run", bind(&JudgeApi::run), "judge a solution (samples or a submission)"},
      {"GET", "/api/v1/problems/{id}/attempts", bind(&JudgeApi::attempts), "recent submissions"},
  };
}

}  // namespace kkori::server
