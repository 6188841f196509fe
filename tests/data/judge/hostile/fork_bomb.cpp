// Forks without end. Held by the pids limit; every descendant must die with the run.
#include <unistd.h>
int main() {
  alarm(20);  // fuse for a stray run outside the sandbox
  for (;;) (void)fork();
}
