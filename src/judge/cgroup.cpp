#include "judge/cgroup.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kkori::judge {

namespace {

std::string slurp(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return {};
  std::string out;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

Result<void> put(const std::string& path, const std::string& value) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return fail(Errc::io, "cannot open " + path + ": " + std::strerror(errno));
  ssize_t n = ::write(fd, value.data(), value.size());
  int e = errno;
  ::close(fd);
  if (n != static_cast<ssize_t>(value.size())) return fail(Errc::io, "cannot write " + path + ": " + std::strerror(e));
  return {};
}

bool writable_dir(const std::string& dir) { return !dir.empty() && ::access(dir.c_str(), W_OK | X_OK) == 0; }

std::int64_t number_after(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  std::string k;
  std::int64_t v = 0;
  while (in >> k >> v)
    if (k == key) return v;
  return -1;
}

struct Mount {
  std::string root, point, fstype, options;
};

std::vector<Mount> cgroup_mounts() {
  std::vector<Mount> out;
  std::istringstream in(slurp("/proc/self/mountinfo"));
  std::string line;
  while (std::getline(in, line)) {
    // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
    std::istringstream ls(line);
    std::string id, parent, dev, root, point, opts, tok;
    ls >> id >> parent >> dev >> root >> point >> opts;
    while (ls >> tok && tok != "-") {
    }
    std::string fstype, source, super;
    ls >> fstype >> source >> super;
    if (fstype == "cgroup" || fstype == "cgroup2") out.push_back(Mount{root, point, fstype, super});
  }
  return out;
}

bool has_option(const std::string& opts, const std::string& name) {
  std::istringstream in(opts);
  std::string o;
  while (std::getline(in, o, ','))
    if (o == name) return true;
  return false;
}

// The folder of our own group in a hierarchy: mount point + (our path relative to the mount root).
std::string own_dir(const Mount& m, const std::string& path) {
  std::string rel = path;
  if (m.root != "/" && rel.starts_with(m.root)) rel = rel.substr(m.root.size());
  if (rel == "/") rel.clear();
  return m.point + rel;
}

}  // namespace

std::string CgroupSupport::memory_source() const {
  return v2_memory ? "cgroup v2" : !memory_v1.empty() ? "cgroup v1" : "none";
}
std::string CgroupSupport::pids_source() const {
  return v2_pids ? "cgroup v2" : !pids_v1.empty() ? "cgroup v1" : "none";
}
std::string CgroupSupport::cpu_source() const {
  return v2_cpu ? "cgroup v2" : !cpuacct_v1.empty() ? "cgroup v1" : "none";
}

CgroupSupport detect_cgroups() {
  CgroupSupport s;
  auto mounts = cgroup_mounts();
  std::istringstream in(slurp("/proc/self/cgroup"));
  std::string line;
  while (std::getline(in, line)) {
    // hierarchy-id:controllers:path   ("0::/path" is v2)
    auto a = line.find(':');
    auto b = line.find(':', a + 1);
    if (a == std::string::npos || b == std::string::npos) continue;
    std::string controllers = line.substr(a + 1, b - a - 1);
    std::string path = line.substr(b + 1);
    for (const auto& m : mounts) {
      if (controllers.empty() && m.fstype == "cgroup2") {
        std::string dir = own_dir(m, path);
        if (!writable_dir(dir)) continue;
        // Controllers we may enable for children. A group with processes of its own cannot
        // hand controllers down (the "no internal processes" rule) unless it is the root.
        std::string have = slurp(dir + "/cgroup.controllers");
        std::string sub = slurp(dir + "/cgroup.subtree_control");
        auto usable = [&](const std::string& c) {
          if (!has_option(" " + have + " ", c) && have.find(c) == std::string::npos) return false;
          if (sub.find(c) != std::string::npos) return true;
          return put(dir + "/cgroup.subtree_control", "+" + c).has_value();
        };
        s.v2_memory = usable("memory");
        s.v2_pids = usable("pids");
        s.v2_cpu = usable("cpu");
        if (s.v2_memory || s.v2_pids || s.v2_cpu) s.v2 = dir;
      } else if (m.fstype == "cgroup") {
        std::istringstream cs(controllers);
        std::string c;
        while (std::getline(cs, c, ',')) {
          if (!has_option(m.options, c)) continue;
          std::string dir = own_dir(m, path);
          if (!writable_dir(dir)) continue;
          if (c == "memory") s.memory_v1 = dir;
          if (c == "pids") s.pids_v1 = dir;
          if (c == "cpuacct") s.cpuacct_v1 = dir;
        }
      }
    }
  }
  // A full v2 hierarchy wins over v1 controllers per controller only when v1 lacks them.
  if (!s.memory_v1.empty()) s.v2_memory = false;
  if (!s.pids_v1.empty()) s.v2_pids = false;
  if (!s.cpuacct_v1.empty()) s.v2_cpu = false;
  if (!s.v2_memory && !s.v2_pids && !s.v2_cpu) s.v2.clear();
  return s;
}

RunCgroups::~RunCgroups() {
  kill_all();
  for (auto it = dirs_.rbegin(); it != dirs_.rend(); ++it) ::rmdir(it->c_str());
}

Result<void> RunCgroups::create(const CgroupSupport& s, const std::string& name) {
  auto make = [&](const std::string& parent) -> Result<std::string> {
    std::string dir = parent + "/" + name;
    if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST)
      return fail(Errc::io, "cannot make cgroup " + dir + ": " + std::strerror(errno));
    dirs_.push_back(dir);
    return dir;
  };
  if (!s.v2.empty()) {
    auto d = make(s.v2);
    if (!d) return std::unexpected(d.error());
    if (s.v2_memory) memory_ = *d, memory_v2_ = true;
    if (s.v2_pids) pids_ = *d;
    if (s.v2_cpu) cpu_ = *d, cpu_v2_ = true;
    // No swap either, as memsw does on v1; without swap accounting the file is missing.
    const std::string swap = *d + "/memory.swap.max";
    if (s.v2_memory && ::access(swap.c_str(), W_OK) == 0)
      if (auto r = put(swap, "0"); !r) return r;
  }
  for (auto [parent, slot] :
       {std::pair{&s.memory_v1, &memory_}, std::pair{&s.pids_v1, &pids_}, std::pair{&s.cpuacct_v1, &cpu_}}) {
    if (parent->empty()) continue;
    auto d = make(*parent);
    if (!d) return std::unexpected(d.error());
    *slot = *d;
  }
  return {};
}

Result<void> RunCgroups::set_limits(std::uint64_t memory_bytes, int tasks) {
  if (!memory_.empty()) {
    if (memory_v2_) {
      if (auto r = put(memory_ + "/memory.max", std::to_string(memory_bytes)); !r) return r;
    } else {
      // memsw (memory + swap) must stay >= the memory limit: lower order depends on direction.
      const std::string mem = memory_ + "/memory.limit_in_bytes", sw = memory_ + "/memory.memsw.limit_in_bytes";
      bool has_sw = ::access(sw.c_str(), W_OK) == 0;
      auto r = put(mem, std::to_string(memory_bytes));
      if (has_sw) {
        auto r2 = put(sw, std::to_string(memory_bytes));
        if (!r) r = put(mem, std::to_string(memory_bytes));
        if (!r2) return r2;
      }
      if (!r) return r;
    }
  }
  if (!pids_.empty())
    if (auto r = put(pids_ + "/pids.max", std::to_string(tasks)); !r) return r;
  return {};
}

Result<void> RunCgroups::attach(pid_t pid) {
  const std::string p = std::to_string(pid);
  for (const auto* d : {&memory_, &pids_, &cpu_}) {
    if (d->empty() || (d != &memory_ && *d == memory_) || (d == &cpu_ && *d == pids_)) continue;
    if (auto r = put(*d + "/cgroup.procs", p); !r) return r;
  }
  return {};
}

std::int64_t RunCgroups::cpu_ns() const {
  if (cpu_.empty()) return -1;
  if (cpu_v2_) {
    auto us = number_after(slurp(cpu_ + "/cpu.stat"), "usage_usec");
    return us < 0 ? -1 : us * 1000;
  }
  auto s = slurp(cpu_ + "/cpuacct.usage");
  return s.empty() ? -1 : std::stoll(s);
}

std::int64_t RunCgroups::oom_kills() const {
  if (memory_.empty()) return -1;
  if (memory_v2_) return number_after(slurp(memory_ + "/memory.events"), "oom_kill");
  auto v = number_after(slurp(memory_ + "/memory.oom_control"), "oom_kill");
  if (v >= 0) return v;
  auto f = slurp(memory_ + "/memory.failcnt");  // old kernels: no oom_kill counter
  return f.empty() ? -1 : std::stoll(f);
}

void RunCgroups::kill_all() {
  for (const auto* d : {&memory_, &pids_, &cpu_}) {
    if (d->empty()) continue;
    // cgroup.kill (v2, Linux 5.14+); when it is missing or refuses, SIGKILL each listed pid.
    if (::access((*d + "/cgroup.kill").c_str(), W_OK) == 0 && put(*d + "/cgroup.kill", "1")) continue;
    for (int round = 0; round < 3; ++round) {
      std::istringstream in(slurp(*d + "/cgroup.procs"));
      pid_t pid = 0;
      bool any = false;
      while (in >> pid) ::kill(pid, SIGKILL), any = true;
      if (!any) break;
    }
  }
}

}  // namespace kkori::judge
