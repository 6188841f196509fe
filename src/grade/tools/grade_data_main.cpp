// kkori-grade-data: run by the build (src/grade/CMakeLists.txt), never installed. Loads the
// bundled bank exactly as `kkori` does and writes what every grader would otherwise compute at
// start-up (grade/grade_data.hpp): the document frequencies of grade::corpus_of(questions) and
// the Hangul stems of the corpus, the glossary and the keypoint and follow-up terms.
//
//   kkori-grade-data --out FILE
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <variant>

#include "bank/bank.hpp"
#include "bank/files.hpp"
#include "grade/grade_data.hpp"
#include "grade/grader.hpp"

namespace {

using namespace kkori;

int run(const std::string& out_path) {
  bank::LoadResult loaded = bank::load(bank::bundled_files());
  grade::GradeData data;
  if (!loaded.errors.empty()) {
    // `kkori bank lint` reports these; the build goes on with empty data (a grader over it counts
    // the whole bank at start-up, as before).
    std::cerr << "kkori-grade-data: warning: the bundled bank has " << loaded.errors.size()
              << " problem(s); shipping no precomputed grading data\n";
    data.fingerprint = grade::corpus_fingerprint({});
    data.stems = std::make_shared<text::StemTable>();
  } else {
    const bank::Bank& b = loaded.bank;
    grade::Grader grader(grade::corpus_of(b.questions), &b.glossary);  // the glossary's forms too
    const text::Analyzer& an = grader.analyzer();
    for (const auto& q : b.questions) {
      for (const auto& k : q.keypoints)
        for (const auto& t : k.terms) an.phrase(t);
      for (const auto& f : q.followups) {
        if (const auto* m = std::get_if<WhenMentions>(&f.when))
          for (const auto& t : m->terms) an.phrase(t);
      }
    }
    data.fingerprint = grade::corpus_fingerprint(b.questions);
    data.questions = static_cast<std::uint32_t>(b.questions.size());
    data.idf = grader.idf();
    auto memo = an.stemmer().hangul_memo();
    data.stems = std::make_shared<text::StemTable>(memo.begin(), memo.end());
  }
  std::string bytes = grade::to_bytes(data);
  std::string tmp = out_path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!f) {
      std::cerr << "kkori-grade-data: error: cannot write " << tmp << "\n";
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) {
    std::cerr << "kkori-grade-data: error: cannot rename " << tmp << " to " << out_path << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--out" && i + 1 < argc) {
      out = argv[++i];
    } else {
      std::cerr << "usage: kkori-grade-data --out FILE\n";
      return 1;
    }
  }
  if (out.empty()) {
    std::cerr << "usage: kkori-grade-data --out FILE\n";
    return 1;
  }
  return run(out);
}
