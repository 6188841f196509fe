#include "cli/context.hpp"

#include <ostream>

#include "bank/files.hpp"

namespace kkori::cli {

void Context::error(const std::string& msg, int code) {
  err << "kkori: error: " << msg << "\n";
  if (exit_code == kExitOk || code > exit_code) exit_code = code;
}

const bank::Bank* Context::bank() {
  if (bank_tried_) return bank_ ? &*bank_ : nullptr;
  bank_tried_ = true;
  std::vector<bank::SourceFile> files;
  if (content_dir.empty()) {
    files = bank::bundled_files();
  } else {
    auto read = bank::read_content_dir(content_dir);
    if (!read) {
      error(read.error().message);
      return nullptr;
    }
    files = std::move(*read);
  }
  auto loaded = bank::load(files);
  if (!loaded.errors.empty()) {
    for (const auto& e : loaded.errors) err << e.located() << "\n";
    error(std::to_string(loaded.errors.size()) + " problem(s) in the question bank; run `kkori bank lint`");
    return nullptr;
  }
  bank_ = std::move(loaded.bank);
  return &*bank_;
}

}  // namespace kkori::cli
