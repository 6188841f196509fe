// Attacks its parent and everything it can signal, then prints a wrong answer. The judge and
// every host process must survive.
#include <sys/ptrace.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <fstream>
int main() {
  pid_t parent = getppid();
  if (parent > 0 && ptrace(PTRACE_ATTACH, parent, nullptr, nullptr) == 0) std::fprintf(stderr, "HOLE: ptrace parent\n");
  if (parent > 0 && kill(parent, SIGKILL) == 0 && getppid() != parent) std::fprintf(stderr, "HOLE: killed parent\n");
  if (kill(1, SIGKILL) == 0) std::fprintf(stderr, "note: SIGKILL to pid 1 accepted\n");
  // kill(-1) only inside a user namespace: never as the real root of a bare host.
  std::ifstream map("/proc/self/uid_map");
  long inside = -1, outside = -1, count = -1;
  map >> inside >> outside >> count;
  if (!(getuid() == 0 && outside == 0 && count == 4294967295L)) kill(-1, SIGKILL);
  std::printf("-1\n");
}
