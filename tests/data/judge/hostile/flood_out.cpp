// Writes to stdout without end: OLE, and the judge must not keep it all in memory.
#include <cstdio>
#include <cstring>
int main() {
  static char line[8192];
  std::memset(line, 'x', sizeof line);
  for (long i = 0; i < (1L << 20); ++i) std::fwrite(line, 1, sizeof line, stdout);  // fuse: 8 GiB
}
