#pragma once
// From a file to résumé text: PDF (through pdf.hpp), Markdown or plain UTF-8 text. Every
// problem is an error value that names the file and says what to do: an empty file, a file too
// large to be a résumé, text that is not UTF-8, a damaged, encrypted or image-only PDF.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace kkori::resume {

inline constexpr std::size_t kMaxFileBytes = 10 * 1024 * 1024;  // a résumé PDF with pictures fits
inline constexpr std::size_t kMaxTextBytes = 512 * 1024;        // about 150 pages of text

enum class Format { pdf, markdown, text };

struct Document {
  std::string text;  // UTF-8, "\n" line ends; every span points into this
  Format format = Format::text;
};

// `name` locates errors and picks Markdown (".md", ".markdown") over text; a PDF is recognised by
// its "%PDF-" header, whatever its name.
Result<Document> read_resume(std::string_view bytes, const std::string& name);
// Reads `path` (refusing files over kMaxFileBytes before reading them) and calls read_resume.
Result<Document> read_resume_file(const std::string& path);

// Checks and tidies text: UTF-8 (a BOM dropped), "\r\n" and "\r" as "\n", form feeds as line
// breaks, other control characters as spaces; not empty, at most kMaxTextBytes.
Result<std::string> clean_text(std::string_view bytes, const std::string& name);

std::string_view to_string(Format f);

}  // namespace kkori::resume
