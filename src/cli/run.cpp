#include "cli/run.hpp"

#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/term.hpp"

namespace kkori::cli {

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string default_db_path() {
  std::string base = env("XDG_DATA_HOME");
  if (base.empty()) {
    std::string home = env("HOME");
    base = (home.empty() ? std::string(".") : home) + "/.local/share";
  }
  return base + "/kkori/kkori.db";
}

Lang default_lang() {
  for (const char* v : {"KKORI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    std::string s = env(v);
    if (!s.empty()) return lang_from_locale(s);
  }
  return Lang::en;
}

constexpr const char* kFooter =
    "Exit codes: 0 ok, 1 user error (bad input, unknown id, failed lint), 2 internal error.\n"
    "종료 코드: 0 성공, 1 사용자 오류(잘못된 입력, 없는 id, lint 실패), 2 내부 오류.\n"
    "Data: --db PATH, default $XDG_DATA_HOME/kkori/kkori.db. Docs: README.md, docs/.";

}  // namespace

int run(int argc, char** argv) {
  Context ctx{std::cout, std::cerr, std::cin};
  try {
    CLI::App app{
        "kkori (꼬리) — AI/ML interview practice that grades itself and asks tail questions.\n"
        "꼬리질문까지 연습하는 AI/ML 면접 연습 도구.",
        "kkori"};
    app.footer(kFooter);
    app.set_version_flag("--version", "kkori 0.1.0");
    app.require_subcommand(1);
    app.fallthrough();  // global flags work after the subcommand too

    std::string lang_flag;
    bool no_color = false;
    ctx.db_path = default_db_path();
    ctx.lang = default_lang();
    app.add_flag("--json", ctx.json, "Print machine-readable JSON / JSON으로 출력");
    app.add_option("--lang", lang_flag, "Language of questions and messages: ko|en (default from LANG)")
        ->check(CLI::IsMember({"ko", "en"}));
    app.add_option("--db", ctx.db_path, "SQLite database file (default $XDG_DATA_HOME/kkori/kkori.db)");
    app.add_option("--content", ctx.content_dir, "Content folder to use instead of the bundled bank");
    app.add_flag("--no-color", no_color, "Never colour the output");

    for (AddCommands add : kCommandTable) add(app, ctx);

    app.parse_complete_callback([&] {
      if (auto l = parse_lang(lang_flag)) ctx.lang = *l;
      ctx.color = !no_color && isatty(STDOUT_FILENO) && env("NO_COLOR").empty() && env("TERM") != "dumb";
      ctx.progress = isatty(STDERR_FILENO) && env("TERM") != "dumb";
    });

    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return app.exit(e, ctx.out, ctx.err);
    } catch (const CLI::CallForAllHelp& e) {
      return app.exit(e, ctx.out, ctx.err);
    } catch (const CLI::CallForVersion& e) {
      return app.exit(e, ctx.out, ctx.err);
    } catch (const CLI::ParseError& e) {
      ctx.err << "kkori: error: " << e.what() << " (see `kkori --help`)\n";
      return kExitUser;
    }
    ctx.out.flush();
    return ctx.exit_code;
  } catch (const std::exception& e) {
    ctx.err << "kkori: internal error: " << e.what() << "\n";
    return kExitInternal;
  } catch (...) {
    ctx.err << "kkori: internal error\n";
    return kExitInternal;
  }
}

}  // namespace kkori::cli
