#pragma once
// The real ProcessRunner (docs/judge.md): every run gets new user, PID, mount, IPC, UTS and
// network namespaces, a private read-only root with /usr, its box and a small private /tmp, a
// seccomp filter, rlimits, cgroup limits where the machine has them, an empty environment and
// stdin from a pipe; at its end every process of the run dies with its PID namespace.
// One Sandbox serves one run at a time (make one per worker thread).
#include <memory>
#include <string>
#include <vector>

#include "judge/runner.hpp"

namespace kkori::judge {

struct SandboxOptions {
  bool use_cgroups = true;     // false: rlimits only (to test the fallback)
  std::string temp_dir;        // where boxes live; default $TMPDIR, else /tmp
  bool netns_per_run = false;  // true: a new network namespace per run even as root (~1 ms more)
};

// What enforces each limit on this machine, and what is missing (said loudly by tests).
struct SandboxInfo {
  std::string memory;   // "cgroup v1 memory (resident memory; OOM kills counted)" or "RLIMIT_AS (address space)"
  std::string tasks;    // "cgroup v1 pids" or "RLIMIT_NPROC (per user namespace)"
  std::string cpu;      // "cgroup v1 cpuacct + RLIMIT_CPU" or "RLIMIT_CPU"
  std::string user;     // "uid 0 in the box = host uid 65534"
  std::string network;  // how the network namespace is made
  bool memory_by_cgroup = false;
  std::vector<std::string> missing;  // e.g. "no writable memory cgroup: memory is limited by RLIMIT_AS"
};

class Sandbox final : public ProcessRunner {
 public:
  // Checks that namespaces and seccomp work here, finds cgroups, prepares the root skeleton.
  static Result<std::unique_ptr<Sandbox>> create(const SandboxOptions& o = {});
  ~Sandbox() override;

  const SandboxInfo& info() const { return info_; }

  Result<std::string> make_box() override;
  Result<void> put_file(const std::string& box, const std::string& name, std::string_view data,
                        bool executable = false) override;
  Result<std::string> get_file(const std::string& box, const std::string& name, std::size_t max) override;
  void remove_box(const std::string& box) override;
  Result<RunResult> run(const RunSpec& spec) override;

 private:
  Sandbox() = default;
  struct State;
  std::unique_ptr<State> s_;
  SandboxInfo info_;
};

// For the overhead benchmark: a bare fork + exec + wait of `path` (no sandbox), in nanoseconds.
Result<std::int64_t> bare_fork_exec_ns(const std::string& path);

}  // namespace kkori::judge
