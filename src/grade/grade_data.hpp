#pragma once
// The grading data computed at build time from the bundled bank (kkori-grade-data,
// src/grade/tools/): its document frequencies and the Hangul stems of its texts and glossary, so a
// process grades without analysing the bank or loading hunspell-ko at start-up.
//
// Bytes, little-endian: "KKGD", u32 version, u64 corpus fingerprint, u32 question count,
// u32 length + Idf::to_bytes(), u32 stem count, per stem (u32 length + token, u32 length + stem).
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "core/glossary.hpp"
#include "core/question.hpp"
#include "grade/grader.hpp"
#include "grade/idf.hpp"
#include "text/stem.hpp"

namespace kkori::grade {

inline constexpr std::uint32_t kGradeDataVersion = 1;

struct GradeData {
  std::uint64_t fingerprint = 0;  // corpus_fingerprint() of the questions counted
  std::uint32_t questions = 0;    // they are the bank's first `questions` questions
  Idf idf;
  std::shared_ptr<const text::StemTable> stems;  // never null once parsed
};

// What the document frequencies of `questions` depend on: a hash of corpus_of(questions).
std::uint64_t corpus_fingerprint(std::span<const Question> questions);

std::string to_bytes(const GradeData& data);
// A short, corrupt or other-version blob is an error ("grade data: at byte N: ..."), never a crash.
Result<GradeData> parse_grade_data(std::string_view bytes);

// The grader over a bank. When `shipped` (grade data, may be empty) was computed from the bank's
// first questions — the bundled bank, possibly followed by the user's personal questions — it
// starts from the shipped counts and stems and only analyses the rest; otherwise (`--content`
// with other content, a stale or corrupt blob) it counts everything, as Grader(corpus_of(...)).
// Either way the document frequencies are the same.
std::unique_ptr<Grader> make_bank_grader(std::span<const Question> questions, const Glossary* glossary,
                                         std::string_view shipped);

}  // namespace kkori::grade
