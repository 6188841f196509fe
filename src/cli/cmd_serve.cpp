// `kkori serve`: the JSON API and the web UI from one process.
#include <filesystem>
#include <ostream>

#include "cli/commands.hpp"
#include "cli/practice_deps.hpp"
#include "cli/term.hpp"
#include "core/clock.hpp"
#include "judge/sandbox.hpp"
#include "server/api.hpp"
#include "server/api_judge.hpp"
#include "server/http.hpp"
#include "store/judge_store.hpp"
#include "store/resume_store.hpp"
#include "store/store.hpp"
#include "store/tracker_store.hpp"

#ifndef KKORI_WEB_DIST
#define KKORI_WEB_DIST ""
#endif

namespace kkori::cli {

namespace {

struct ServeArgs {
  std::string host = "127.0.0.1";
  int port = 8080;
  bool allow_remote = false;
  std::string web_dir;
  std::string problems_dir;
};

bool loopback(const std::string& h) { return h == "127.0.0.1" || h == "localhost" || h == "::1"; }

void serve(Context& ctx, const ServeArgs& a) {
  if (!loopback(a.host) && !a.allow_remote)
    return ctx.error("--host " + a.host + " would accept other machines; add --allow-remote if you mean it");
  auto deps = open_practice(ctx);
  if (!deps) return;
  SystemClock clock;
  server::Api api(*deps->bank, *deps->grader, *deps->store, clock);
  auto tracker = store::TrackerStore::open(ctx.db_path);
  if (!tracker) return ctx.error(tracker.error().message);
  api.set_tracker(tracker->get());
  auto resumes = store::ResumeStore::open(ctx.db_path);
  if (!resumes) return ctx.error(resumes.error().message);
  api.set_resumes(resumes->get());
  // The coding page's problems: --problems DIR, else --content DIR/problems, else the bundled ones.
  std::error_code ec;
  if (!a.problems_dir.empty() && !std::filesystem::is_directory(a.problems_dir, ec))
    return ctx.error("--problems " + a.problems_dir + ": not a folder");
  std::string problems = a.problems_dir;
  if (problems.empty() && !ctx.content_dir.empty()) problems = ctx.content_dir + "/problems";
  auto load = [problems]() -> Result<judge::Catalog> {
    if (problems.empty()) return judge::load_bundled_catalog();
    std::error_code e;
    if (!std::filesystem::is_directory(problems, e)) return judge::Catalog{problems, {}, {}};
    return judge::load_catalog_dir(problems);
  };
  auto runner = []() -> Result<std::unique_ptr<judge::ProcessRunner>> {
    auto sb = judge::Sandbox::create();
    if (!sb) return std::unexpected(sb.error());
    return std::unique_ptr<judge::ProcessRunner>(std::move(*sb));
  };
  auto judge_store = store::JudgeStore::open(ctx.db_path);
  if (!judge_store) return ctx.error(judge_store.error().message);
  server::JudgeApi judge_api(load, judge_store->get(), runner, clock, server::JudgeApi::Options{});
  api.set_judge(&judge_api);
  server::Router router(api.routes());
  server::ServeOptions opt;
  opt.host = a.host;
  opt.port = a.port;
  opt.web_dir = a.web_dir.empty() ? std::string(KKORI_WEB_DIST) : a.web_dir;
  auto r = server::serve(router, opt, [&](int port) {
    std::string url = "http://" + (a.host == "::1" ? "[::1]" : a.host) + ":" + std::to_string(port) + "/";
    ctx.out << paint(ctx, Color::bold, "kkori") << tr(ctx, " 서버가 시작되었습니다: ", " is serving at ")
            << paint(ctx, Color::cyan, url) << "\n"
            << paint(ctx, Color::dim,
                     std::string(tr(ctx, "  데이터: ", "  data: ")) + ctx.db_path +
                         tr(ctx, " · Ctrl-C로 종료", " · Ctrl-C to stop"))
            << "\n"
            << std::flush;  // the URL must show now: serve() blocks until the server stops
  });
  if (!r) return ctx.error(r.error().message);
  ctx.out << tr(ctx, "종료했습니다.", "Stopped.") << "\n";
}

}  // namespace

void add_serve_commands(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<ServeArgs>();
  auto* s = app.add_subcommand("serve", "Serve the web UI and the JSON API (/api/v1) / 웹 UI와 API 서버");
  s->add_option("--host", a->host, "Address to listen on (default 127.0.0.1)");
  s->add_option("--port", a->port, "Port (default 8080; 0 = any free port)")->check(CLI::Range(0, 65535));
  s->add_flag("--allow-remote", a->allow_remote, "Allow a non-loopback --host");
  s->add_option("--web", a->web_dir, "Folder of the built web UI (default: web/dist of this build)");
  s->add_option("--problems", a->problems_dir,
                "Folder of coding problem packages for the coding page (default: --content DIR/problems, "
                "else the bundled problems) / 코딩 문제 폴더");
  s->callback([&ctx, a] { serve(ctx, *a); });
}

}  // namespace kkori::cli
