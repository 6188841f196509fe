// kkori-box-init: PID 1 of every sandboxed run (docs/judge.md). The judge sets up the
// namespaces and the private root, then executes this small static program from a memfd, so
// PID 1 holds none of the judge's memory, environment or command line, and the program's
// rusage starts clean. It reads the plan, starts the program as PID 2 under rlimits, without
// capabilities, with no_new_privs and the seccomp filter, reaps, reports, and exits; its exit
// tears down the PID namespace and kills whatever the program left behind.
// Built static and without sanitizers; only system calls after fork.
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "judge/box_protocol.hpp"

namespace box = kkori::judge::box;

namespace {

[[noreturn]] void report_failure(int fd, box::Kind kind, int err, const char* what) {
  box::Report r;
  r.kind = kind;
  r.err = err;
  std::strncpy(r.what, what, sizeof r.what - 1);
  (void)!::write(fd, &r, sizeof r);
  ::_exit(kind == box::Kind::exec_failed ? 127 : 1);
}

std::int64_t now_ns() {
  timespec ts{};
  ::clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool read_all(int fd, std::vector<char>& out) {
  char buf[16384];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    out.insert(out.end(), buf, buf + n);
  }
}

// PID 2: the program.
[[noreturn]] void program(const box::PlanHeader& h, char* const* argv, char* const* envp, const sock_fprog* filter,
                          int exec_err) {
  int err_fd = ::fcntl(exec_err, F_DUPFD_CLOEXEC, 16);
  ::dup2(box::kStdin, 0);
  ::dup2(box::kStdout, 1);
  ::dup2(box::kStderr, 2);
  ::dup3(err_fd, 3, O_CLOEXEC);
  err_fd = 3;
  ::syscall(SYS_close_range, 4u, ~0u, 0u);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  for (int s = 1; s < NSIG; ++s) ::sigaction(s, &dfl, nullptr);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);

  if (::chdir("/box") != 0) report_failure(err_fd, box::Kind::exec_failed, errno, "chdir /box");
  for (int i = 0; i < RLIM_NLIMITS; ++i)
    if (h.set_limit[i] && ::setrlimit(static_cast<__rlimit_resource_t>(i), &h.limits[i]) != 0)
      report_failure(err_fd, box::Kind::exec_failed, errno, "setrlimit");
  // No capability survives execve: empty bounding set, no ambient, uid 0 gets nothing for free.
  for (int c = 0; c <= h.cap_last; ++c) ::prctl(PR_CAPBSET_DROP, c, 0, 0, 0);
  ::prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  // SECBIT_NOROOT | _LOCKED, SECBIT_NO_SETUID_FIXUP | _LOCKED, SECBIT_KEEP_CAPS_LOCKED.
  ::prctl(PR_SET_SECUREBITS, 0x2f, 0, 0, 0);
  __user_cap_header_struct hdr{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct data[2]{};
  if (::syscall(SYS_capset, &hdr, data) != 0) report_failure(err_fd, box::Kind::exec_failed, errno, "capset");
  if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    report_failure(err_fd, box::Kind::exec_failed, errno, "no_new_privs");
  if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, filter) != 0)
    report_failure(err_fd, box::Kind::exec_failed, errno, "seccomp");
  ::execve(argv[0], argv, envp);
  report_failure(err_fd, box::Kind::exec_failed, errno, "execve");
}

}  // namespace

int main() {
  ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  ::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);  // the judge gone: the whole run goes

  std::vector<char> plan;
  if (!read_all(box::kPlan, plan) || plan.size() < sizeof(box::PlanHeader))
    report_failure(box::kStatus, box::Kind::setup_failed, EINVAL, "read the plan");
  ::close(box::kPlan);
  box::PlanHeader h;
  std::memcpy(&h, plan.data(), sizeof h);
  if (h.magic != box::PlanHeader{}.magic) report_failure(box::kStatus, box::Kind::setup_failed, EINVAL, "plan magic");
  std::vector<char*> argv, envp;
  char* p = plan.data() + sizeof h;
  char* end = plan.data() + plan.size();
  for (std::uint32_t i = 0; i < h.argc + h.envc; ++i) {
    char* z = static_cast<char*>(std::memchr(p, '\0', static_cast<std::size_t>(end - p)));
    if (!z) report_failure(box::kStatus, box::Kind::setup_failed, EINVAL, "plan strings");
    (i < h.argc ? argv : envp).push_back(p);
    p = z + 1;
  }
  argv.push_back(nullptr);
  envp.push_back(nullptr);
  std::vector<sock_filter> insns(h.filter_len);
  if (static_cast<std::size_t>(end - p) != h.filter_len * sizeof(sock_filter) || h.argc == 0)
    report_failure(box::kStatus, box::Kind::setup_failed, EINVAL, "plan filter");
  std::memcpy(insns.data(), p, h.filter_len * sizeof(sock_filter));
  sock_fprog filter{static_cast<unsigned short>(insns.size()), insns.data()};

  int exec_pipe[2];
  if (::pipe2(exec_pipe, O_CLOEXEC) != 0) report_failure(box::kStatus, box::Kind::setup_failed, errno, "pipe");
  const std::int64_t t0 = now_ns();
  // vfork: the program's process borrows init's memory until it executes (no page copying).
  pid_t child = ::vfork();  // NOLINT(bugprone-unsafe-functions): posix_spawn cannot install the seccomp filter
  if (child < 0) report_failure(box::kStatus, box::Kind::setup_failed, errno, "fork");
  if (child == 0) {
    ::close(exec_pipe[0]);
    program(h, argv.data(), envp.data(), &filter, exec_pipe[1]);
  }
  ::close(exec_pipe[1]);
  ::close(box::kStdin), ::close(box::kStdout), ::close(box::kStderr);
  box::Report r;
  if (::read(exec_pipe[0], &r, sizeof r) == static_cast<ssize_t>(sizeof r)) {
    ::waitpid(child, nullptr, 0);
    (void)!::write(box::kStatus, &r, sizeof r);
    return 1;
  }
  ::close(exec_pipe[0]);
  for (;;) {
    int st = 0;
    rusage ru{};
    pid_t w = ::wait4(-1, &st, __WALL, &ru);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0) report_failure(box::kStatus, box::Kind::setup_failed, errno, "wait");
    if (w != child) continue;  // an orphan of the program, reaped
    r.kind = box::Kind::done;
    r.status = st;
    r.wall_ns = now_ns() - t0;
    r.cpu_us = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000000L + ru.ru_utime.tv_usec + ru.ru_stime.tv_usec;
    r.maxrss_kib = ru.ru_maxrss;
    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    r.self_cpu_us =
        (self.ru_utime.tv_sec + self.ru_stime.tv_sec) * 1000000L + self.ru_utime.tv_usec + self.ru_stime.tv_usec;
    (void)!::write(box::kStatus, &r, sizeof r);
    return 0;  // the PID namespace dies with us, and everything left in it
  }
}
