// Recursion without end, 512 bytes per frame: RE (SIGSEGV at the stack limit), never TLE.
#include <cstdio>
static long down(long n) {
  volatile char frame[512];
  frame[n % 512] = static_cast<char>(n);
  return down(n + 1) + frame[0];
}
int main() { std::printf("%ld\n", down(0)); }
