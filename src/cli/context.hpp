#pragma once
// State shared by every subcommand of one invocation: global flags and the output streams.
// No globals: run() builds one Context and hands it to each command's registration function.
#include <cstdio>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

#include "bank/bank.hpp"
#include "core/lang.hpp"

namespace kkori::cli {

// Exit codes (documented in `kkori --help` and README): 0 ok, 1 user error, 2 internal error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUser = 1;
inline constexpr int kExitInternal = 2;

struct Context {
  Context(std::ostream& o, std::ostream& e, std::istream& i) : out(o), err(e), in(i) {}

  std::ostream& out;
  std::ostream& err;
  std::istream& in;
  bool json = false;        // --json
  Lang lang = Lang::en;     // --lang, default from LANG
  std::string db_path;      // --db, default $XDG_DATA_HOME/kkori/kkori.db
  std::string content_dir;  // --content, default: the bank bundled in the binary
  bool color = false;       // stdout is a TTY and NO_COLOR is unset
  bool progress = false;    // stderr is a TTY (not dumb): long jobs draw a progress bar there
  int exit_code = kExitOk;

  // The content files: the bank bundled in the binary, or those under --content.
  Result<std::vector<bank::SourceFile>> content_files() const;

  // Loads the bank once (bundled or --content); prints located errors and returns nullptr
  // when it does not load cleanly.
  const bank::Bank* bank();

  // Prints "kkori: error: <msg>" to err and sets exit_code (1 unless given).
  void error(const std::string& msg, int code = kExitUser);

 private:
  std::optional<bank::Bank> bank_;
  bool bank_tried_ = false;
};

}  // namespace kkori::cli
