// The one include of poppler (Debian's libpoppler-cpp-dev).
#include "resume/pdf.hpp"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <climits>
#include <memory>

namespace kkori::resume {

namespace {

void quiet(const std::string&, void*) {}

}  // namespace

Result<std::string> pdf_to_text(std::string_view bytes, const std::string& name) {
  const Location at{name, 0, 0, {}};
  if (bytes.substr(0, 1024).find("%PDF-") == std::string_view::npos)
    return fail(Errc::invalid_input, "not a PDF: no %PDF- header", at);
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return fail(Errc::invalid_input, "the PDF is too large", at);
  // Poppler prints parse problems of damaged files on stderr; we report our own error instead.
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return fail(Errc::parse, "cannot read the PDF: the file is damaged or incomplete", at);
  if (doc->is_locked())
    return fail(Errc::invalid_input,
                "the PDF is encrypted (password-protected): save a copy without a password, or paste the text into a "
                ".md or .txt file",
                at);
  const int pages = doc->pages();
  if (pages > kMaxPdfPages)
    return fail(Errc::invalid_input,
                "the PDF has " + std::to_string(pages) + " pages; a résumé has at most " + std::to_string(kMaxPdfPages),
                at);
  std::string out;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    if (!out.empty()) out += "\n\n";
    out.append(utf8.begin(), utf8.end());
  }
  return out;
}

}  // namespace kkori::resume
