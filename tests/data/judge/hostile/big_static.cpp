// 1.25 GiB of zeroed static memory, one page touched, then the right answer. Resident-memory
// accounting (cgroup) says AC; address-space accounting (RLIMIT_AS) cannot even start it.
#include <cstdio>
static char huge[1280u << 20];
int main() {
  huge[4096] = 1;
  long long a, b;
  if (std::scanf("%lld %lld", &a, &b) == 2) std::printf("%lld\n", a + b + huge[0]);
}
