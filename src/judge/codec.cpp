#include "judge/codec.hpp"

#include "core/utf8.hpp"

namespace kkori::judge {

namespace {
constexpr std::size_t kStderrMax = 4096;
}  // namespace

Json verdict_json(const Verdict& v) {
  Json j{{"verdict", std::string(code(v.outcome))}};
  j["signal"] = v.signal ? Json(signal_name(v.signal)) : Json(nullptr);
  if (v.outcome == Outcome::re && v.signal == 0) j["exit_code"] = v.exit_code;
  j["detail"] = valid_utf8(v.detail);
  return j;
}

int passed_count(const JudgeReport& r) {
  int n = 0;
  for (const auto& t : r.tests) n += t.verdict.accepted() ? 1 : 0;
  return n;
}

Json report_json(const Package& p, Language lang, const JudgeReport& r) {
  Json j{{"problem", p.id}, {"language", std::string(to_string(lang))}};
  Json v = verdict_json(r.verdict);
  for (auto it = v.begin(); it != v.end(); ++it) j[it.key()] = it.value();
  j["failed_test"] = nullptr;
  for (const auto& t : r.tests)
    if (!t.verdict.accepted()) {
      j["failed_test"] = t.name;
      break;
    }
  j["passed"] = passed_count(r);
  j["total"] = r.total_tests;
  j["max_cpu_ms"] = r.max_cpu_ms;
  j["max_memory_kib"] = r.max_memory_bytes / 1024;
  j["compile_output"] = valid_utf8(r.compile_output);
  j["limits"] = Json{{"time_limit_s", p.limits.time_limit_s},
                     {"memory_mib", p.limits.memory_mib},
                     {"output_mib", p.limits.output_mib}};
  Json tests = Json::array();
  for (const auto& t : r.tests) {
    Json tj{{"name", t.name}, {"sample", t.sample}};
    Json tv = verdict_json(t.verdict);
    for (auto it = tv.begin(); it != tv.end(); ++it) tj[it.key()] = it.value();
    tj["cpu_ms"] = t.cpu_ms;
    tj["wall_ms"] = t.wall_ms;
    tj["memory_kib"] = t.memory_bytes / 1024;
    if (!t.verdict.accepted()) tj["stderr"] = utf8_tail(t.stderr_text, kStderrMax);
    if (t.sample) tj["output"] = valid_utf8(t.output);
    tests.push_back(std::move(tj));
  }
  j["tests"] = std::move(tests);
  return j;
}

}  // namespace kkori::judge
