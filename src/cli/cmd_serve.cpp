// `kkori serve`: the JSON API and the web UI from one process.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/practice_deps.hpp"
#include "cli/term.hpp"
#include "core/clock.hpp"
#include "server/api.hpp"
#include "server/http.hpp"
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
  server::Router router(api.routes());
  server::ServeOptions opt;
  opt.host = a.host;
  opt.port = a.port;
  opt.web_dir = a.web_dir.empty() ? std::string(KKORI_WEB_DIST) : a.web_dir;
  auto r = server::serve(router, opt, [&](int port) {
    std::string url = "http://" + (a.host == "::1" ? "[::1]" : a.host) + ":" + std::to_string(port) + "/";
    ctx.out << paint(ctx, Color::bold, "kkori") << tr(ctx, " 서버가 시작되었습니다: ", " is serving at ")
            << paint(ctx, Color::cyan, url) << "\n"
            << paint(ctx, Color::dim, std::string(tr(ctx, "  데이터: ", "  data: ")) + ctx.db_path +
                                          tr(ctx, " · Ctrl-C로 종료", " · Ctrl-C to stop"))
            << std::endl;
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
  s->callback([&ctx, a] { serve(ctx, *a); });
}

}  // namespace kkori::cli
