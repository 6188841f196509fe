// Compile bomb: exponential template instantiation. CE by the compile limits or the compiler.
template <int N>
struct Fib {
  static constexpr long v = Fib<N - 1>::v + Fib<N - 2>::v + sizeof(Fib<N - 1>);
};
template <>
struct Fib<0> {
  static constexpr long v = 0;
};
template <>
struct Fib<1> {
  static constexpr long v = 1;
};
template <int N, int M>
struct Grid {
  static constexpr long v = Grid<N - 1, M>::v + Grid<N, M - 1>::v;
};
template <int M>
struct Grid<0, M> {
  static constexpr long v = 1;
};
template <int N>
struct Grid<N, 0> {
  static constexpr long v = 1;
};
constexpr long burn() {
  long s = 0;
  for (long i = 0; i < 100000; ++i)
    for (long j = 0; j < 100000; ++j) s += i ^ j;
  return s;
}
constexpr long x = burn() + Grid<400, 400>::v;
int main() { return static_cast<int>(x & 1); }
