// `kkori grade-batch | similarity-batch | grade`: the answer grader for scripts, benchmarks and
// single answers. Batch commands stream JSONL: one line in, one line out, in order; each line is
// graded on its own.
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "grade/grader.hpp"

namespace kkori::cli {
namespace {

struct BatchOptions {
  std::string in;
  std::string out;
  bool features = false;   // hidden: print the feature vector too (bench/grade/fit.py)
  bool no_corpus = false;  // hidden: uniform IDF (experiments)
};

// The grader with document frequencies from the bank (bundled or --content).
std::unique_ptr<grade::Grader> make_grader(Context& ctx, bool no_corpus) {
  const bank::Bank* b = no_corpus ? nullptr : ctx.bank();
  if (b == nullptr) return std::make_unique<grade::Grader>();
  auto corpus = grade::corpus_of(b->questions);
  return std::make_unique<grade::Grader>(corpus, &b->glossary);
}

Json features_json(const grade::PairFeatures& f) {
  return Json{{"grams", f.grams},
              {"grams_new", f.grams_new},
              {"recall", f.recall},
              {"soft_recall", f.soft_recall},
              {"precision", f.precision},
              {"negation", f.negation},
              {"opposite", f.opposite},
              {"numbers", f.numbers},
              {"length", f.length},
              {"ref_length", f.ref_length},
              {"question_only", f.question_only}};
}

std::string text_field(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Runs `per_line` over each non-empty JSONL line of --in (or stdin), writing its result to --out
// (or stdout). A malformed line stops the batch with "FILE:LINE: error: ..." (exit 1); the lines
// before it are already written.
template <class F>
void run_batch(Context& ctx, const BatchOptions& o, F per_line) {
  std::ifstream fin;
  std::ofstream fout;
  if (!o.in.empty()) {
    fin.open(o.in, std::ios::binary);
    if (!fin) return ctx.error("cannot read " + o.in);
  }
  if (!o.out.empty()) {
    fout.open(o.out, std::ios::binary | std::ios::trunc);
    if (!fout) return ctx.error("cannot write " + o.out);
  }
  std::istream& in = o.in.empty() ? ctx.in : fin;
  std::ostream& out = o.out.empty() ? ctx.out : fout;
  const std::string name = o.in.empty() ? "<stdin>" : o.in;
  std::string line;
  int lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return ctx.error(name + ":" + std::to_string(lineno) + ": error: not a JSON object");
    }
    std::string problem;
    Json r = per_line(j, problem);
    if (!problem.empty()) return ctx.error(name + ":" + std::to_string(lineno) + ": error: " + problem);
    out << r.dump() << '\n';
  }
  out.flush();
}

void grade_batch(Context& ctx, const BatchOptions& o) {
  auto gp = make_grader(ctx, o.no_corpus);
  const grade::Grader& grader = *gp;
  run_batch(ctx, o, [&](const Json& j, std::string& problem) {
    auto ans = j.find("answer");
    if (ans == j.end() || !ans->is_string()) {
      problem = "\"answer\" must be a string";
      return Json();
    }
    std::vector<std::string> refs;
    if (auto it = j.find("references"); it != j.end() && it->is_array()) {
      for (const auto& r : *it)
        if (r.is_string()) refs.push_back(r.get<std::string>());
    }
    if (refs.empty()) {
      std::string r = text_field(j, "reference");
      if (r.empty()) {
        problem = "needs \"reference\" or \"references\"";
        return Json();
      }
      refs.push_back(std::move(r));
    }
    grade::ReferenceGrade g = grader.grade_against(text_field(j, "question"), refs, ans->get<std::string>());
    Json r{{"id", j.value("id", Json())}, {"score", g.score}};
    if (g.dont_know) r["dont_know"] = true;
    if (o.features) r["features"] = features_json(g.features);
    return r;
  });
}

void similarity_batch(Context& ctx, const BatchOptions& o) {
  auto gp = make_grader(ctx, o.no_corpus);
  const grade::Grader& grader = *gp;
  run_batch(ctx, o, [&](const Json& j, std::string& problem) {
    auto a = j.find("a"), b = j.find("b");
    if (a == j.end() || b == j.end() || !a->is_string() || !b->is_string()) {
      problem = "\"a\" and \"b\" must be strings";
      return Json();
    }
    Json r;
    if (j.contains("id")) r["id"] = j["id"];
    r["score"] = grader.similarity(a->get<std::string>(), b->get<std::string>());
    if (o.features) {
      const auto& an = grader.analyzer();
      const auto& idf = grader.idf();
      grade::Doc da = grade::make_doc(an, a->get<std::string>(), idf);
      grade::Doc db = grade::make_doc(an, b->get<std::string>(), idf);
      r["features"] = features_json(grade::pair_features(da, db, nullptr, idf));
      r["features_ba"] = features_json(grade::pair_features(db, da, nullptr, idf));
    }
    return r;
  });
}

void add_batch_options(CLI::App* c, const std::shared_ptr<BatchOptions>& o) {
  c->add_option("--in", o->in, "JSONL input file (default: stdin)");
  c->add_option("--out", o->out, "JSONL output file (default: stdout)");
  c->add_flag("--features", o->features, "Also print the measured features (for bench/grade/fit.py)")
      ->group("");
  c->add_flag("--no-corpus", o->no_corpus, "Uniform IDF instead of the bank's (experiments)")->group("");
}

}  // namespace

void add_grade_commands(CLI::App& app, Context& ctx) {
  auto gb = std::make_shared<BatchOptions>();
  auto* b = app.add_subcommand(
      "grade-batch",
      "Grade answers against reference answers, JSONL in -> JSONL out / 참조 답안 대비 일괄 채점\n"
      "  in:  {\"id\", \"question\"?, \"reference\" | \"references\": [...], \"answer\"}\n"
      "  out: {\"id\", \"score\"} (score in [0, 1], docs/grading.md), same order");
  add_batch_options(b, gb);
  b->callback([&ctx, gb] { grade_batch(ctx, *gb); });

  auto sb = std::make_shared<BatchOptions>();
  auto* s = app.add_subcommand("similarity-batch",
                               "Text similarity of sentence pairs, JSONL {\"id\"?, \"a\", \"b\"} -> {\"id\"?, "
                               "\"score\"} / 문장 쌍 유사도");
  add_batch_options(s, sb);
  s->callback([&ctx, sb] { similarity_batch(ctx, *sb); });
}

}  // namespace kkori::cli
