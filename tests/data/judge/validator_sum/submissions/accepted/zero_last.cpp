#include <cstdio>
int main() {
  long n;
  std::scanf("%ld", &n);
  std::printf("%ld 0\n", n);
}
