#pragma once
// Control groups for sandboxed runs: a memory limit with OOM detection, a task limit and CPU
// accounting summed over every process, from cgroup v1 controllers (this kind of machine:
// memory, pids, cpuacct) or a cgroup v2 hierarchy, whichever the judge may write to.
// The groups are made once per Sandbox, under the judge's own group, and reused run after run
// (making and removing a v1 memory group costs milliseconds; joining one costs ~0.2 ms).
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"

namespace kkori::judge {

// What this machine offers the judge, found at run time.
struct CgroupSupport {
  std::string memory_v1, pids_v1, cpuacct_v1;  // writable v1 folders to make groups in ("" = none)
  std::string v2;                              // writable v2 folder with the controllers below ("" = none)
  bool v2_memory = false, v2_pids = false, v2_cpu = false;

  bool memory() const { return !memory_v1.empty() || v2_memory; }
  bool pids() const { return !pids_v1.empty() || v2_pids; }
  bool cpu() const { return !cpuacct_v1.empty() || v2_cpu; }
  // "cgroup v1" / "cgroup v2" / "none", per controller.
  std::string memory_source() const;
  std::string pids_source() const;
  std::string cpu_source() const;
};

// Reads /proc/self/cgroup and /proc/self/mountinfo. Never fails: what is missing stays empty.
CgroupSupport detect_cgroups();

// One set of groups (memory, pids, CPU), limits set, reused by consecutive runs.
class RunCgroups {
 public:
  RunCgroups() = default;
  RunCgroups(const RunCgroups&) = delete;
  RunCgroups& operator=(const RunCgroups&) = delete;
  ~RunCgroups();

  // Makes the groups named `name` (e.g. "kkori-judge-1234-1") in every available controller.
  Result<void> create(const CgroupSupport& s, const std::string& name);
  // Sets the limits for the next run (bytes; tasks). Called before each run.
  Result<void> set_limits(std::uint64_t memory_bytes, int tasks);
  // Moves a process (and its future children) into every group.
  Result<void> attach(pid_t pid);
  // Counters, read before and after a run.
  std::int64_t cpu_ns() const;     // -1 when there is no CPU accounting
  std::int64_t oom_kills() const;  // -1 when there is no memory group
  // Kills every process still in the groups (v2: cgroup.kill; v1: SIGKILL to each listed pid).
  void kill_all();
  bool active() const { return !dirs_.empty(); }

 private:
  std::string memory_, pids_, cpu_;  // the groups, "" when absent
  bool memory_v2_ = false, cpu_v2_ = false;
  std::vector<std::string> dirs_;  // every folder made, removed in the destructor
};

}  // namespace kkori::judge
