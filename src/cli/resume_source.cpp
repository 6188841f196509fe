#include "cli/resume_source.hpp"

#include <algorithm>
#include <filesystem>

#include "app/resume_round.hpp"
#include "resume/maker.hpp"
#include "resume/read.hpp"
#include "store/resume_store.hpp"

namespace kkori::cli {

namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && s.size() < 19 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Result<std::optional<interview::ResumeQuestions>> load_round_resume(const Context& ctx, const bank::Bank& bank,
                                                                    const std::string& arg) {
  std::error_code ec;
  const bool is_file = !arg.empty() && std::filesystem::exists(arg, ec);
  if (is_file) {  // read on the fly; nothing is stored
    auto doc = resume::read_resume_file(arg);
    if (!doc) return fail(doc.error().code, doc.error().located());
    resume::Maker maker(bank);
    interview::ResumeQuestions qs = app::round_questions(maker.make(doc->text), doc->text);
    qs.title = std::filesystem::path(arg).filename().string();
    return std::optional<interview::ResumeQuestions>(std::move(qs));
  }
  if (!arg.empty() && !all_digits(arg))
    return fail(Errc::not_found,
                "--resume " + arg + ": no such file, and not a saved résumé id (see `kkori resume list`)");
  auto st = store::ResumeStore::open(ctx.db_path);
  if (!st) {
    if (arg.empty()) return std::optional<interview::ResumeQuestions>();
    return std::unexpected(st.error());
  }
  std::optional<store::SavedResume> saved;
  if (arg.empty()) {
    auto latest = (*st)->latest();
    if (!latest) return std::unexpected(latest.error());
    saved = std::move(*latest);
  } else {
    auto one = (*st)->get(std::stoll(arg));
    if (!one) return std::unexpected(one.error());
    saved = std::move(*one);
  }
  if (!saved) return std::optional<interview::ResumeQuestions>();
  auto qs = app::round_questions(*saved);
  if (!qs) return std::unexpected(qs.error());
  return std::optional<interview::ResumeQuestions>(std::move(*qs));
}

}  // namespace kkori::cli
