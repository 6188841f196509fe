// `kkori resume questions|text FILE`: interview questions from a résumé (docs/resume.md).
// Nothing is stored: the file is read, analysed and forgotten.
#include <ostream>

#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/term.hpp"
#include "resume/codec.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"

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

}  // namespace

void add_resume_commands(CLI::App& app, Context& ctx) {
  auto* cmd = app.add_subcommand(
      "resume",
      "Interview questions from your résumé (PDF, Markdown or text; nothing is stored) / 이력서로 면접 질문 만들기");
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
}

}  // namespace kkori::cli
