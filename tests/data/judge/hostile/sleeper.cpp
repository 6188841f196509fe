// Sleeps: almost no CPU time, so only the wall-clock limit ends it.
#include <unistd.h>
int main() { sleep(60); }
