#include "cli/context.hpp"

#include <malloc.h>

#include <ostream>

#include "bank/files.hpp"
#include "cli/personal_bank.hpp"

namespace kkori::cli {

void Context::error(const std::string& msg, int code) {
  err << "kkori: error: " << msg << "\n";
  if (exit_code == kExitOk || code > exit_code) exit_code = code;
}

Result<std::vector<bank::SourceFile>> Context::content_files() const {
  if (content_dir.empty()) return bank::bundled_files();
  return bank::read_content_dir(content_dir);
}

const bank::Bank* Context::bank() {
  if (bank_tried_) return bank_ ? &*bank_ : nullptr;
  bank_tried_ = true;
  auto files = content_files();
  if (!files) {
    error(files.error().message);
    return nullptr;
  }
  auto loaded = bank::load(*files);
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) err << e.located() << "\n";
    error(std::to_string(loaded.errors.size()) + " problem(s) in the question bank; run `kkori bank lint`");
    return nullptr;
  }
  bank_ = std::move(loaded.bank);
  // Parsing left the YAML trees' memory free inside the parsing threads' heaps; hand it back to the
  // system now (glibc keeps it otherwise), before the grader and its dictionaries load on top.
  ::malloc_trim(0);
  add_personal_questions(*this, *bank_);  // the user's own questions join (docs/tracker.md)
  return &*bank_;
}

}  // namespace kkori::cli
