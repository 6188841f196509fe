// Six threads spin for 4 s of wall time, then the right answer: CPU time must be summed over threads.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>
int main() {
  long long a = 0, b = 0;
  if (std::scanf("%lld %lld", &a, &b) != 2) return 1;
  std::atomic<bool> done{false};
  std::vector<std::thread> pool;
  for (int i = 0; i < 6; ++i)
    pool.emplace_back([&] {
      volatile unsigned long long n = 0;
      while (!done.load(std::memory_order_relaxed)) n = n + 1;
    });
  std::this_thread::sleep_for(std::chrono::seconds(4));
  done = true;
  for (auto& t : pool) t.join();
  std::printf("%lld\n", a + b);
}
