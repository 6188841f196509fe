// Leaves a detached grandchild behind (double fork + setsid: killpg misses it), prints the right
// answer and exits. The grandchild writes /tmp/kkori_hostile_survivor.<pid> after 2 s if it lives.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
int main() {
  long long a = 0, b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  std::printf("%lld\n", a + b);
  std::fflush(stdout);
  if (fork() == 0) {
    setsid();
    if (fork() == 0) {
      sleep(2);
      std::string path = "/tmp/kkori_hostile_survivor." + std::to_string(getpid());
      int fd = open(path.c_str(), O_CREAT | O_WRONLY, 0644);
      if (fd >= 0) close(fd);
      sleep(30);
    }
    _exit(0);
  }
}
