// `kkori resume questions|text FILE`: interview questions from a résumé (docs/resume.md); the
// file is read, analysed and forgotten. `kkori resume save|list|forget`: résumés kept for the
// interview's project round, only on an explicit save.
#include <filesystem>
#include <ostream>

#include "app/resume_round.hpp"
#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/term.hpp"
#include "cli/track_view.hpp"
#include "core/clock.hpp"
#include "resume/codec.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "store/resume_store.hpp"

namespace kkori::cli {

namespace {

Color kind_color(resume::QuestionKind k) {
  switch (k) {
    case resume::QuestionKind::template_question:
      return Color::cyan;
    case resume::QuestionKind::technology:
      return Color::yellow;
    case resume::QuestionKind::claim:
      return Color::green;
  }
  return Color::none;
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

void questions(Context& ctx, const std::string& path, bool lang_given) {
  auto doc = resume::read_resume_file(path);
  if (!doc) return ctx.error(doc.error().located());
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  resume::Maker maker(*b);
  resume::Report r = maker.make(doc->text);
  const Lang lang = lang_given ? ctx.lang : (r.findings.korean ? Lang::ko : Lang::en);
  if (ctx.json) {
    Json j = resume::to_json(r, doc->text, lang);
    j["format"] = resume::to_string(doc->format);
    // Spans point into the text kkori read; for a PDF that is the extracted text, so include it.
    if (doc->format == resume::Format::pdf) j["text"] = doc->text;
    ctx.out << j.dump(2) << "\n";
    return;
  }
  auto tr2 = [&](const char* ko, const char* en) { return lang == Lang::ko ? ko : en; };
  if (r.projects.empty()) {
    ctx.err << "kkori: " << tr2("프로젝트나 경력을 찾지 못했습니다.", "no projects or experiences found.") << "\n";
    return;
  }
  std::size_t total = 0;
  for (const auto& p : r.projects) total += p.questions.size();
  ctx.out << paint(ctx, Color::bold, path) << " (" << resume::to_string(doc->format) << "): " << r.projects.size()
          << tr2("개 프로젝트, 질문 ", " projects, ") << total << tr2("개", " questions") << "\n";
  int pn = 0;
  for (const auto& p : r.projects) {
    ctx.out << "\n"
            << paint(ctx, Color::bold, std::to_string(++pn) + ". " + p.title)
            << (p.context.empty() ? "" : " — " + p.context)
            << paint(ctx, Color::dim,
                     " (" + std::string(tr2("줄 ", "lines ")) + std::to_string(p.span.line) + "–" +
                         std::to_string(p.span.end_line) + ")")
            << "\n";
    int qn = 0;
    for (const auto& q : p.questions) {
      std::string head = "  " + std::to_string(++qn) + ". ";
      std::string kind = "[" + std::string(resume::to_string(q.kind)) + "] ";
      ctx.out << head << paint(ctx, kind_color(q.kind), kind)
              << wrap(q.text.get(lang), 96, std::string(head.size(), ' ')).substr(head.size()) << "\n";
      std::string src = one_line(std::string_view(doc->text).substr(q.source.begin, q.source.end - q.source.begin));
      std::string meta = std::string(head.size(), ' ') + tr2("줄 ", "line ") + std::to_string(q.source.line) + ": “" +
                         truncate_cols(src, 60) + "”";
      if (!q.bank_id.empty()) meta += " · " + q.bank_id;
      ctx.out << paint(ctx, Color::dim, meta) << "\n";
    }
  }
}

void show_text(Context& ctx, const std::string& path) {
  auto doc = resume::read_resume_file(path);
  if (!doc) return ctx.error(doc.error().located());
  if (ctx.json) {
    ctx.out << Json{{"format", resume::to_string(doc->format)}, {"text", doc->text}}.dump(2) << "\n";
    return;
  }
  ctx.out << doc->text;
  if (!doc->text.ends_with('\n')) ctx.out << "\n";
}

Json saved_json(const store::SavedResume& r) {
  return Json{{"id", r.id},
              {"title", r.title},
              {"format", r.format},
              {"lang", r.lang},
              {"projects", r.projects},
              {"questions", r.asked},
              {"saved_at_ms", r.saved_at_ms}};
}

std::unique_ptr<store::ResumeStore> open_resumes(Context& ctx) {
  auto st = store::ResumeStore::open(ctx.db_path);
  if (!st) {
    ctx.error(st.error().message);
    return nullptr;
  }
  return std::move(*st);
}

void save(Context& ctx, const std::string& path, const std::string& title) {
  auto doc = resume::read_resume_file(path);
  if (!doc) return ctx.error(doc.error().located());
  const bank::Bank* b = ctx.bank();
  if (!b) return;
  auto st = open_resumes(ctx);
  if (!st) return;
  resume::Maker maker(*b);
  // Without --title a new résumé is named after its file; one saved before keeps its name.
  auto saved = app::save_resume(*st, maker, *doc, title, std::filesystem::path(path).filename().string(),
                                SystemClock{}.now_ms());
  if (!saved) return ctx.error(saved.error().message, kExitInternal);
  if (ctx.json) {
    Json j = saved_json(saved->row);
    j["created"] = saved->created;
    ctx.out << j.dump(2) << "\n";
    return;
  }
  ctx.out
      << (saved->created ? tr(ctx, "이력서를 저장했습니다: ", "Saved résumé ")
                         : tr(ctx, "이미 저장된 이력서입니다. 질문을 새로 만들었습니다: ",
                              "Already saved; its questions were made again: "))
      << paint(ctx, Color::bold, "#" + std::to_string(saved->row.id) + " " + saved->row.title) << " ("
      << saved->row.projects << tr(ctx, "개 프로젝트, 질문 ", " projects, ") << saved->row.asked
      << tr(ctx, "개)", " questions)") << "\n"
      << paint(
             ctx, Color::dim,
             tr(ctx,
                "  모의 면접의 프로젝트 라운드가 이 이력서로 질문합니다: kkori interview --track project-and-technical",
                "  Mock interviews ask their project round from it: kkori interview --track project-and-technical"))
      << "\n";
}

void list(Context& ctx) {
  auto st = open_resumes(ctx);
  if (!st) return;
  auto rows = st->list();
  if (!rows) return ctx.error(rows.error().message, kExitInternal);
  if (ctx.json) {
    Json out = Json::array();
    for (const auto& r : *rows) out.push_back(saved_json(r));
    ctx.out << out.dump(2) << "\n";
    return;
  }
  if (rows->empty()) {
    ctx.out << tr(ctx, "저장된 이력서가 없습니다. 저장하려면: kkori resume save FILE",
                  "No saved résumé. Save one with: kkori resume save FILE")
            << "\n";
    return;
  }
  for (std::size_t i = 0; i < rows->size(); ++i) {
    const auto& r = (*rows)[i];
    ctx.out << paint(ctx, Color::bold, pad_cols("#" + std::to_string(r.id), 5)) << " "
            << pad_cols(truncate_cols(r.title, 40), 41) << paint(ctx, Color::dim, format_datetime(r.saved_at_ms))
            << "  " << r.projects << tr(ctx, "개 프로젝트 · 질문 ", " projects · ") << r.asked
            << tr(ctx, "개", " questions")
            << (i == 0 ? paint(ctx, Color::green, tr(ctx, "  ← 면접에 쓰임", "  ← used by interviews")) : std::string())
            << "\n";
  }
}

void forget(Context& ctx, std::int64_t id) {
  auto st = open_resumes(ctx);
  if (!st) return;
  if (auto r = st->forget(id); !r) return ctx.error(r.error().message);
  if (ctx.json) {
    ctx.out << Json{{"forgotten", id}}.dump(2) << "\n";
    return;
  }
  ctx.out << tr(ctx, "이력서를 지웠습니다: #", "Forgot résumé #") << id << "\n";
}

}  // namespace

void add_resume_commands(CLI::App& app, Context& ctx) {
  auto* cmd =
      app.add_subcommand("resume",
                         "Interview questions from your résumé (PDF, Markdown or text), kept only if you `save` it / "
                         "이력서로 면접 질문 만들기 (save 할 때만 저장)");
  cmd->require_subcommand(1);
  auto path = std::make_shared<std::string>();
  auto* q = cmd->add_subcommand(
      "questions",
      "10-15 questions per project: common templates, technology questions from the bank, and questions that "
      "quote your numbers / 프로젝트마다 10-15개 질문: 공통 템플릿, 기술 질문, 수치를 인용한 질문");
  q->add_option("file", *path, "Résumé file: .pdf, .md or .txt (Korean, English or mixed) / 이력서 파일")->required();
  q->footer(
      "Questions are in the résumé's language unless --lang is given. --json prints\n"
      "{\"projects\":[{\"title\",\"span\",\"questions\":[{\"text\",\"kind\",\"source\",\"bank_id\"}]}]}.\n"
      "--lang을 주지 않으면 이력서의 언어로 질문합니다.");
  q->callback([&ctx, &app, path] { questions(ctx, *path, app.get_option("--lang")->count() > 0); });
  auto tpath = std::make_shared<std::string>();
  auto* t = cmd->add_subcommand("text",
                                "Print the text kkori reads from the file (for a PDF: the extracted text) / "
                                "읽어 들인 텍스트 출력");
  t->add_option("file", *tpath, "Résumé file: .pdf, .md or .txt")->required();
  t->callback([&ctx, tpath] { show_text(ctx, *tpath); });

  auto spath = std::make_shared<std::string>();
  auto stitle = std::make_shared<std::string>();
  auto* sv = cmd->add_subcommand(
      "save",
      "Keep the résumé and its questions in your kkori database for mock interviews' project round / "
      "이력서와 질문을 저장해 모의 면접 프로젝트 라운드에 쓰기");
  sv->add_option("file", *spath, "Résumé file: .pdf, .md or .txt / 이력서 파일")->required();
  sv->add_option("--title", *stitle, "A name for it (default: the file name) / 이름 (기본: 파일 이름)");
  sv->footer(
      "The text kkori read and the questions are stored; saving the same text again keeps one copy.\n"
      "`kkori interview --track project-and-technical` then asks the project round from the most recent one.\n"
      "읽은 텍스트와 질문을 저장합니다. 같은 텍스트는 한 번만 저장됩니다.");
  sv->callback([&ctx, spath, stitle] { save(ctx, *spath, *stitle); });

  auto* ls = cmd->add_subcommand("list", "Saved résumés, newest first / 저장된 이력서 (최근 순)");
  ls->callback([&ctx] { list(ctx); });

  auto fid = std::make_shared<std::int64_t>(0);
  auto* fg = cmd->add_subcommand("forget", "Delete a saved résumé and its questions / 저장된 이력서 지우기");
  fg->add_option("id", *fid, "Its id (see `kkori resume list`) / id")->required()->check(CLI::PositiveNumber);
  fg->footer(
      "Sessions already run keep the questions they asked (in their plan), like their answers.\n"
      "이미 진행한 세션은 물어본 질문을 답변과 함께 보관합니다.");
  fg->callback([&ctx, fid] { forget(ctx, *fid); });
}

}  // namespace kkori::cli
