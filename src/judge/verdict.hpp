#pragma once
// What the judge says about a submission or one test case: a small value type, not a string.
#include <optional>
#include <string>
#include <string_view>

namespace kkori::judge {

enum class Outcome {
  ac,   // accepted
  wa,   // wrong answer
  tle,  // time limit exceeded (CPU time, or the wall clock)
  mle,  // memory limit exceeded (OOM kill, bad_alloc / MemoryError, or peak over the limit)
  re,   // run-time error: killed by a signal, or a non-zero exit status
  ole,  // output limit exceeded (stdout + stderr, or a file over the size limit)
  ce,   // compile error (also: the compiler hit its time, memory or output limit)
  sv,   // security violation: the seccomp filter killed the program
  je,   // judge error: the judge itself failed (a bug, a missing compiler, a broken package)
};

struct Verdict {
  Outcome outcome = Outcome::ac;
  int signal = 0;      // re/sv: the signal that ended the program (0 = it exited)
  int exit_code = 0;   // re: the exit status when it exited
  std::string detail;  // one line for people: "SIGSEGV (likely a stack overflow)", "expected 3, got 4"

  bool accepted() const { return outcome == Outcome::ac; }
};

// "AC", "WA", ... (the codes in JSON and on the terminal).
std::string_view code(Outcome o);
std::optional<Outcome> parse_outcome(std::string_view code);
// A short name in the user's language: "Accepted" / "맞았습니다".
std::string_view title(Outcome o, bool korean);
// "SIGSEGV", "SIGKILL", ... ("signal 42" for unknown ones).
std::string signal_name(int sig);

}  // namespace kkori::judge
