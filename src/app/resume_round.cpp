#include "app/resume_round.hpp"

#include "json/json.hpp"

namespace kkori::app {

namespace {

interview::ResumeKind kind_of(resume::QuestionKind k) {
  switch (k) {
    case resume::QuestionKind::claim:
      return interview::ResumeKind::claim;
    case resume::QuestionKind::technology:
      return interview::ResumeKind::technology;
    case resume::QuestionKind::template_question:
      return interview::ResumeKind::template_question;
  }
  return interview::ResumeKind::template_question;
}

// `s` cut to at most `n` bytes without splitting a UTF-8 character.
std::string cut(std::string_view s, std::size_t n) {
  if (s.size() <= n) return std::string(s);
  std::size_t end = n;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end));
}

}  // namespace

interview::ResumeQuestions round_questions(const resume::Report& r, std::string_view text) {
  interview::ResumeQuestions out;
  for (const auto& p : r.projects) {
    interview::ResumeProject rp;
    rp.title = p.title;
    for (const auto& q : p.questions) {
      interview::ResumeItem item;
      item.text = q.text;
      item.kind = kind_of(q.kind);
      item.bank_id = q.bank_id;
      item.key = q.key;
      item.project = p.title;
      const std::size_t b = std::min(q.source.begin, text.size());
      const std::size_t e = std::clamp(q.source.end, b, text.size());
      item.source = interview::ResumeSpan{b, e, q.source.line, q.source.end_line, std::string(text.substr(b, e - b))};
      rp.questions.push_back(std::move(item));
    }
    out.projects.push_back(std::move(rp));
  }
  return out;
}

std::string default_title(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    auto drop = [&](std::string_view marks) {
      while (!line.empty() && marks.find(line.front()) != std::string_view::npos) line.remove_prefix(1);
      while (!line.empty() && marks.find(line.back()) != std::string_view::npos) line.remove_suffix(1);
    };
    drop(" \t#*_=->");
    if (!line.empty()) return cut(line, 80);
  }
  return "résumé";
}

Result<Saved> save_resume(store::ResumeStore& st, const resume::Maker& maker, const resume::Document& doc,
                          std::string title, std::string fallback_title, std::int64_t now_ms) {
  resume::Report report = maker.make(doc.text);
  interview::ResumeQuestions qs = round_questions(report, doc.text);
  Saved out;
  const bool keep_title = title.empty();
  if (keep_title) title = fallback_title.empty() ? default_title(doc.text) : std::move(fallback_title);
  out.row.title = std::move(title);
  out.row.format = std::string(resume::to_string(doc.format));
  out.row.lang = report.findings.korean ? "ko" : "en";
  out.row.text = doc.text;
  out.row.questions_json = interview::resume_questions_to_json(qs).dump();
  out.row.projects = static_cast<int>(qs.projects.size());
  for (const auto& p : qs.projects) out.row.asked += static_cast<int>(p.questions.size());
  out.row.saved_at_ms = now_ms;
  auto created = st.save(out.row, keep_title);
  if (!created) return std::unexpected(created.error());
  out.created = *created;
  auto saved = st.get(out.row.id);
  if (!saved) return std::unexpected(saved.error());
  out.row = std::move(*saved);
  out.row.text.clear();
  out.row.questions_json.clear();
  return out;
}

Result<interview::ResumeQuestions> round_questions(const store::SavedResume& saved) {
  Json j = Json::parse(saved.questions_json, nullptr, false);
  auto qs = interview::resume_questions_from_json(j);
  if (!qs) return fail(qs.error().code, "saved résumé " + std::to_string(saved.id) + ": " + qs.error().message);
  qs->id = saved.id;
  qs->title = saved.title;
  return qs;
}

}  // namespace kkori::app
