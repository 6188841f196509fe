// Probes the kernel's less isolated corners. The first forbidden call should kill it (SV); any
// that succeeds is a HOLE.
#include <linux/io_uring.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
static void probe(const char* what, long rc) {
  if (rc >= 0)
    std::fprintf(stderr, "HOLE: %s worked\n", what);
  else
    std::fprintf(stderr, "refused %s: %s\n", what, std::strerror(errno));
}
int main() {
  probe("keyctl(join session keyring)", syscall(SYS_keyctl, 1, "kkori_hostile"));
  io_uring_params params;
  std::memset(&params, 0, sizeof params);
  probe("io_uring_setup", syscall(SYS_io_uring_setup, 2, &params));
  probe("unshare(user)", unshare(CLONE_NEWUSER));
  probe("mount tmpfs", mount("x", "/tmp", "tmpfs", 0, nullptr));
  probe("chroot", chroot("/tmp"));
  probe("bpf", syscall(SYS_bpf, 0, nullptr, 0));
  std::printf("-1\n");
}
