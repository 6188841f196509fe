#include "resume/read.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "resume/pdf.hpp"

namespace kkori::resume {

namespace {

// Length of the valid UTF-8 sequence at `i`, or 0.
std::size_t utf8_len(std::string_view s, std::size_t i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  if (n == 2 && b < 0xC2) return 0;  // overlong
  return n;
}

std::string megabytes(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return buf;
}

bool ends_with_ci(const std::string& s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t k = 0; k < suffix.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + k])) !=
        static_cast<unsigned char>(suffix[k]))
      return false;
  return true;
}

}  // namespace

Result<std::string> clean_text(std::string_view bytes, const std::string& name) {
  const Location at{name, 0, 0, {}};
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::string out;
  out.reserve(bytes.size());
  int line = 1;
  for (std::size_t i = 0; i < bytes.size();) {
    std::size_t n = utf8_len(bytes, i);
    if (n == 0 || bytes[i] == '\0') {
      Location where = at;
      where.line = line;
      return fail(Errc::invalid_input,
                  bytes[i] == '\0'
                      ? "this is not a text file (it contains NUL bytes); give a PDF, Markdown or text file"
                      : "the text is not UTF-8 (save it as UTF-8; CP949/EUC-KR files must be converted)",
                  where);
    }
    char c = bytes[i];
    if (n == 1 && c == '\r') {
      out += '\n';
      if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
    } else if (n == 1 && c == '\f') {
      out += '\n';
    } else if (n == 1 && static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
      out += ' ';
    } else {
      out.append(bytes.substr(i, n));
    }
    if (c == '\n' || c == '\r') ++line;
    i += n;
  }
  if (out.find_first_not_of(" \t\n") == std::string::npos)
    return fail(Errc::invalid_input, "the résumé is empty: there is no text in it", at);
  if (out.size() > kMaxTextBytes)
    return fail(
        Errc::invalid_input,
        "the text is " + megabytes(out.size()) + "; a résumé has at most " + megabytes(kMaxTextBytes) + " of text", at);
  return out;
}

Result<Document> read_resume(std::string_view bytes, const std::string& name) {
  const Location at{name, 0, 0, {}};
  if (bytes.empty()) return fail(Errc::invalid_input, "the file is empty", at);
  if (bytes.size() > kMaxFileBytes)
    return fail(Errc::invalid_input,
                "the file is " + megabytes(bytes.size()) + "; a résumé file has at most " + megabytes(kMaxFileBytes),
                at);
  Document d;
  std::string raw;
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    auto t = pdf_to_text(bytes, name);
    if (!t) return std::unexpected(t.error());
    raw = std::move(*t);
    d.format = Format::pdf;
    if (raw.find_first_not_of(" \t\r\n\f") == std::string::npos)
      return fail(Errc::invalid_input,
                  "the PDF has no text layer (a scanned image?); kkori does not read images: paste the text into a "
                  ".md or .txt file",
                  at);
    bytes = raw;
  } else if (ends_with_ci(name, ".pdf")) {
    return fail(Errc::invalid_input, "not a PDF: the file has no %PDF- header (damaged, or renamed)", at);
  } else {
    d.format = ends_with_ci(name, ".md") || ends_with_ci(name, ".markdown") ? Format::markdown : Format::text;
  }
  auto text = clean_text(bytes, name);
  if (!text) return std::unexpected(text.error());
  d.text = std::move(*text);
  return d;
}

Result<Document> read_resume_file(const std::string& path) {
  const Location at{path, 0, 0, {}};
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return fail(Errc::not_found, "no such file", at);
  if (std::filesystem::is_directory(status)) return fail(Errc::invalid_input, "this is a directory, not a file", at);
  auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxFileBytes)
    return fail(Errc::invalid_input,
                "the file is " + megabytes(size) + "; a résumé file has at most " + megabytes(kMaxFileBytes), at);
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Errc::io, "cannot read the file", at);
  std::ostringstream ss;
  ss << in.rdbuf();
  return read_resume(ss.str(), path);
}

std::string_view to_string(Format f) {
  switch (f) {
    case Format::pdf:
      return "pdf";
    case Format::markdown:
      return "markdown";
    case Format::text:
      return "text";
  }
  return "text";
}

}  // namespace kkori::resume
