#pragma once
// JSON for judge results (`kkori judge run --json`, the attempt log; docs/judge.md has the shape).
#include "json/json.hpp"
#include "judge/judge.hpp"
#include "judge/package.hpp"

namespace kkori::judge {

Json verdict_json(const Verdict& v);
// {"problem", "language", "verdict", "signal", "detail", "failed_test", "passed", "total",
//  "max_cpu_ms", "max_memory_kib", "compile_output", "limits", "tests": [...]}
Json report_json(const Package& p, Language lang, const JudgeReport& r);
// How many tests passed.
int passed_count(const JudgeReport& r);

}  // namespace kkori::judge
