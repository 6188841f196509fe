// Busy loop: TLE by CPU time.
int main() {
  volatile unsigned long long n = 0;
  for (;;) n = n + 1;
}
