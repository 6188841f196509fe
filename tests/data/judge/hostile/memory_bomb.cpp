// Allocates and touches 32 MiB blocks until something gives: must be MLE, whatever the kill.
#include <cstdlib>
#include <cstring>
int main() {
  for (int i = 0; i < 256; ++i) {  // fuse: 8 GiB
    void* p = std::malloc(32u << 20);
    if (!p) return 9;
    std::memset(p, 1, 32u << 20);
  }
  return 0;
}
