#include "judge/verdict.hpp"

#include <array>
#include <csignal>
#include <utility>

namespace kkori::judge {

namespace {
struct Row {
  Outcome o;
  std::string_view code, ko, en;
};
constexpr std::array<Row, 9> kRows{{
    {Outcome::ac, "AC", "맞았습니다", "Accepted"},
    {Outcome::wa, "WA", "틀렸습니다", "Wrong answer"},
    {Outcome::tle, "TLE", "시간 초과", "Time limit exceeded"},
    {Outcome::mle, "MLE", "메모리 초과", "Memory limit exceeded"},
    {Outcome::re, "RE", "런타임 에러", "Run-time error"},
    {Outcome::ole, "OLE", "출력 초과", "Output limit exceeded"},
    {Outcome::ce, "CE", "컴파일 에러", "Compile error"},
    {Outcome::sv, "SV", "보안 위반", "Security violation"},
    {Outcome::je, "JE", "채점기 오류", "Judge error"},
}};
}  // namespace

std::string_view code(Outcome o) { return kRows[static_cast<std::size_t>(std::to_underlying(o))].code; }

std::optional<Outcome> parse_outcome(std::string_view c) {
  if (c == "RTE") return Outcome::re;  // the problem package format's name for it
  for (const auto& r : kRows)
    if (r.code == c) return r.o;
  return std::nullopt;
}

std::string_view title(Outcome o, bool korean) {
  const Row& r = kRows[static_cast<std::size_t>(std::to_underlying(o))];
  return korean ? r.ko : r.en;
}

std::string signal_name(int sig) {
  switch (sig) {
    case SIGSEGV:
      return "SIGSEGV";
    case SIGABRT:
      return "SIGABRT";
    case SIGFPE:
      return "SIGFPE";
    case SIGKILL:
      return "SIGKILL";
    case SIGBUS:
      return "SIGBUS";
    case SIGILL:
      return "SIGILL";
    case SIGSYS:
      return "SIGSYS";
    case SIGXCPU:
      return "SIGXCPU";
    case SIGXFSZ:
      return "SIGXFSZ";
    case SIGPIPE:
      return "SIGPIPE";
    case SIGTERM:
      return "SIGTERM";
    case SIGTRAP:
      return "SIGTRAP";
    case SIGALRM:
      return "SIGALRM";
    case SIGHUP:
      return "SIGHUP";
    case SIGINT:
      return "SIGINT";
    case SIGQUIT:
      return "SIGQUIT";
    case SIGUSR1:
      return "SIGUSR1";
    case SIGUSR2:
      return "SIGUSR2";
    default:
      return "signal " + std::to_string(sig);
  }
}

}  // namespace kkori::judge
