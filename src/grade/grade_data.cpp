#include "grade/grade_data.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "grade/bytes.hpp"
#include "text/analyze.hpp"

namespace kkori::grade {
namespace {

constexpr std::string_view kMagic = "KKGD";
constexpr std::string_view kOrigin = "grade data";

// Magic, version, fingerprint and question count: enough to tell whether the data fits a bank.
Result<GradeData> read_header(ByteReader& in) {
  auto magic = in.bytes(kMagic.size(), "header");
  if (!magic || *magic != kMagic) return in.error("not kkori grade data (bad magic)");
  auto version = in.u32("header");
  if (!version) return std::unexpected(version.error());
  if (*version != kGradeDataVersion)
    return in.error("version " + std::to_string(*version) + ", expected " + std::to_string(kGradeDataVersion));
  GradeData d;
  auto fp = in.u64("header");
  auto nq = in.u32("header");
  if (!fp || !nq) return in.error("truncated header");
  d.fingerprint = *fp;
  d.questions = *nq;
  return d;
}

}  // namespace

std::uint64_t corpus_fingerprint(std::span<const Question> questions) {
  std::uint64_t h = text::hash_bytes("kkori corpus");
  for (const auto& t : corpus_of(questions)) {
    h = text::hash_bytes(t, h);
    h = text::hash_bytes("\x1f", h);  // separator: ("ab", "c") differs from ("a", "bc")
  }
  return h;
}

std::string to_bytes(const GradeData& data) {
  ByteWriter w;
  w.raw(kMagic);
  w.u32(kGradeDataVersion);
  w.u64(data.fingerprint);
  w.u32(data.questions);
  w.str(data.idf.to_bytes());
  std::vector<std::pair<std::string, std::string>> stems;
  if (data.stems) stems.assign(data.stems->begin(), data.stems->end());
  std::sort(stems.begin(), stems.end());
  w.u32(static_cast<std::uint32_t>(stems.size()));
  for (const auto& [token, stem] : stems) {
    w.str(token);
    w.str(stem);
  }
  return std::move(w).take();
}

Result<GradeData> parse_grade_data(std::string_view bytes) {
  ByteReader in(bytes, kOrigin);
  auto head = read_header(in);
  if (!head) return std::unexpected(head.error());
  GradeData d = std::move(*head);
  auto idf_bytes = in.str("document frequencies");
  if (!idf_bytes) return std::unexpected(idf_bytes.error());
  auto idf = Idf::from_bytes(*idf_bytes, kOrigin);
  if (!idf) return std::unexpected(idf.error());
  d.idf = std::move(*idf);
  auto n = in.u32("stem table");
  if (!n) return std::unexpected(n.error());
  if (*n > in.remaining() / 8) return in.error("stem table claims more entries than the data holds");
  auto stems = std::make_shared<text::StemTable>();
  stems->reserve(*n);
  for (std::uint32_t i = 0; i < *n; ++i) {
    auto token = in.str("stem table");
    if (!token) return std::unexpected(token.error());
    auto stem = in.str("stem table");
    if (!stem) return std::unexpected(stem.error());
    stems->emplace(std::string(*token), std::string(*stem));
  }
  if (in.remaining() != 0) return in.error("trailing bytes after the stem table");
  d.stems = std::move(stems);
  return d;
}

std::unique_ptr<Grader> make_bank_grader(std::span<const Question> questions, const Glossary* glossary,
                                         std::string_view shipped) {
  if (!shipped.empty()) {
    ByteReader in(shipped, kOrigin);
    auto head = read_header(in);  // cheap: other content is told apart before parsing the tables
    if (head && head->questions <= questions.size() &&
        corpus_fingerprint(questions.first(head->questions)) == head->fingerprint) {
      if (auto data = parse_grade_data(shipped)) {
        auto more = corpus_of(questions.subspan(data->questions));
        return std::make_unique<Grader>(std::move(data->idf), std::move(data->stems), more, glossary);
      }
    }
  }
  return std::make_unique<Grader>(corpus_of(questions), glossary);
}

}  // namespace kkori::grade
