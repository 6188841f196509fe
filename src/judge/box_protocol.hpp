#pragma once
// What the judge (sandbox.cpp) and the box's init (box_init.cpp, a small static program that
// becomes PID 1 of every run) tell each other: fixed descriptors, the plan, the report.
// Both sides are built from this one header in the same build, so no versioning is needed.
#include <sys/resource.h>

#include <cstdint>

namespace kkori::judge::box {

// Descriptors init finds open when it starts.
inline constexpr int kStdin = 3;   // the program's stdin (read end of the judge's pipe)
inline constexpr int kStdout = 4;  // the program's stdout
inline constexpr int kStderr = 5;  // the program's stderr
inline constexpr int kStatus = 6;  // init -> judge: one Report
inline constexpr int kPlan = 7;    // judge -> init: the Plan, then EOF

// The plan, as bytes on kPlan: a PlanHeader, then argc + envc NUL-terminated strings, then
// filter_len struct sock_filter instructions.
struct PlanHeader {
  std::uint32_t magic = 0x6b6b6f72;  // "kkor"
  std::uint32_t argc = 0;
  std::uint32_t envc = 0;
  std::uint32_t filter_len = 0;
  std::int32_t cap_last = 40;
  std::uint32_t set_limit[RLIM_NLIMITS] = {};
  rlimit limits[RLIM_NLIMITS] = {};
};

enum class Kind : std::int32_t { done = 1, setup_failed = 2, exec_failed = 3 };

struct Report {
  Kind kind = Kind::done;
  std::int32_t status = 0;  // wait status of the program
  std::int32_t err = 0;     // errno, for setup/exec failures
  std::int64_t cpu_us = 0;  // user + system time of the program and its reaped children
  std::int64_t maxrss_kib = 0;
  std::int64_t self_cpu_us = 0;  // PID 1's own CPU time (setup + init): not the program's
  std::int64_t wall_ns = 0;
  char what[96] = {};
};

}  // namespace kkori::judge::box
