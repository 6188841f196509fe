#pragma once
// The one door through which the judge starts programs. judge.cpp sees processes only through
// ProcessRunner, so its logic is tested with a fake (tests/unit/judge_test.cpp); sandbox.cpp is
// the real one (namespaces, seccomp, rlimits, cgroups; docs/judge.md).
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace kkori::judge {

inline constexpr std::uint64_t kMiB = 1024 * 1024;

// Limits for one run. Every process and thread the program starts shares them.
struct RunLimits {
  std::int64_t cpu_ms = 1000;               // CPU time summed over all threads and processes
  std::int64_t wall_ms = 3000;              // real time, for programs that sleep or block
  std::uint64_t memory_bytes = 256 * kMiB;  // resident memory (cgroup), else address space
  std::uint64_t output_bytes = 8 * kMiB;    // stdout + stderr together
  std::uint64_t file_bytes = 8 * kMiB;      // any one file written, and the whole of /tmp
  std::uint64_t stack_bytes = 64 * kMiB;    // RLIMIT_STACK (docs/judge.md: the stack policy)
  int processes = 32;                       // tasks: processes and threads
  int open_files = 64;                      // RLIMIT_NOFILE
};

// `run`: /box read-only, /proc, /dev/{null,zero,random,urandom}; for submissions.
// `build`: /box writable, no /proc, only /dev/null; for compilers and output validators.
enum class BoxMode { run, build };

struct RunSpec {
  std::vector<std::string> argv;  // argv[0]: an absolute path as seen inside the sandbox
  std::vector<std::string> env;   // "NAME=value"; empty for submissions
  std::string box;                // a folder from ProcessRunner::make_box, seen as /box (also the cwd)
  BoxMode mode = BoxMode::run;
  std::string stdin_data;  // fed through a pipe
  RunLimits limits;
  std::size_t keep_stderr = 64 * 1024;  // how much of stderr to keep (all of it is counted)
};

// Which limit the runner itself enforced by killing the run (none: the program ended on its own
// or by a signal of its own making).
enum class Stop { none, cpu, wall, memory, output };

struct RunResult {
  bool exited = true;       // false: ended by a signal
  int exit_code = 0;        // when exited
  int signal = 0;           // when !exited
  Stop stop = Stop::none;   // the limit the runner enforced, if any
  bool oom = false;         // the memory limit was hit (cgroup OOM kill or failcnt)
  std::int64_t cpu_ms = 0;  // CPU time of everything the run started
  std::int64_t wall_ms = 0;
  std::uint64_t memory_bytes = 0;  // peak resident memory
  std::string out;                 // stdout, at most limits.output_bytes + 1 bytes
  std::string err;                 // stderr, at most keep_stderr bytes (the start)
  std::uint64_t out_bytes = 0;     // everything written to stdout (counted, not kept)
  std::uint64_t err_bytes = 0;
};

class ProcessRunner {
 public:
  virtual ~ProcessRunner() = default;

  // A fresh private folder for one submission's files (source, binary, validator feedback).
  virtual Result<std::string> make_box() = 0;
  virtual Result<void> put_file(const std::string& box, const std::string& name, std::string_view data,
                                bool executable = false) = 0;
  // Reads a file the program wrote into `box` (at most `max` bytes; not_found when absent).
  virtual Result<std::string> get_file(const std::string& box, const std::string& name, std::size_t max) = 0;
  virtual void remove_box(const std::string& box) = 0;

  // Runs one program to its end and kills everything it started. An error means the runner
  // could not run it at all (a judge error), never that the program misbehaved.
  virtual Result<RunResult> run(const RunSpec& spec) = 0;
};

}  // namespace kkori::judge
