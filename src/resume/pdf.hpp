#pragma once
// The text of a PDF, page by page (pdf.cpp is the only file that includes poppler).
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kkori::resume {

inline constexpr int kMaxPdfPages = 30;

// Errors: not a PDF, damaged, encrypted, more than kMaxPdfPages pages. The text is raw: the
// caller cleans it (read.hpp). Poppler's own diagnostics are silenced.
Result<std::string> pdf_to_text(std::string_view bytes, const std::string& name);

}  // namespace kkori::resume
