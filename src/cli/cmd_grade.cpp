// `kkori grade-batch | similarity-batch | grade`: the answer grader for scripts, benchmarks and
// single answers. Batch commands stream JSONL: one line in, one line out, in order; each line is
// graded on its own.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>
#include <type_traits>
#include <vector>

#include "cli/commands.hpp"
#include "cli/json.hpp"
#include "cli/progress.hpp"
#include "cli/term.hpp"
#include "grade/bundled_grade_data.hpp"
#include "grade/grade_data.hpp"
#include "grade/grader.hpp"
#include "json/reference_line.hpp"

namespace kkori::cli {
namespace {

struct BatchOptions {
  std::string in;
  std::string out;
  bool features = false;   // hidden: print the feature vector too (bench/grade/fit.py)
  bool no_corpus = false;  // hidden: uniform IDF (experiments)
  bool timing = false;     // hidden: per-line grading time in microseconds (bench/grade/latency.py)
  double idf_power = 1.0;  // hidden: IDF weights raised to this power (experiments)
};

// The grader with document frequencies from the bank (bundled or --content): those of the
// bundled bank come precomputed with the binary (grade/grade_data.hpp).
std::unique_ptr<grade::Grader> make_grader(Context& ctx, bool no_corpus) {
  const bank::Bank* b = no_corpus ? nullptr : ctx.bank();
  if (b == nullptr) return std::make_unique<grade::Grader>();
  return grade::make_bank_grader(b->questions, &b->glossary, grade::bundled_grade_data());
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
              {"question_only", f.question_only},
              {"references", f.references},
              {"align_recall", f.align_recall},
              {"align_precision", f.align_precision},
              {"key_recall", f.key_recall},
              {"bigrams", f.bigrams},
              {"neg_mismatch", f.neg_mismatch},
              {"unmatched", f.unmatched},
              {"question_sim", f.question_sim},
              {"mean_grams", f.mean_grams},
              {"mean_align_recall", f.mean_align_recall},
              {"mean_align_precision", f.mean_align_precision}};
}

std::string text_field(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Runs `per_line` over each non-empty JSONL line of --in (or stdin), writing its result to --out
// (or stdout) in input order. Lines are graded in blocks on every core (the grader is thread-safe
// and each line is graded on its own, so the output does not depend on the thread count). A
// malformed line stops the batch with "FILE:LINE: error: ..." (exit 1); the lines before it are
// already written.
// `per_line` answers a line's parsed JSON object. `reference` (or nullptr) answers the lines the
// fast reader takes (json/reference_line.hpp: an answer against reference answers) without the
// general JSON reader.
template <class F, class R>
void run_batch(Context& ctx, const BatchOptions& o, const char* label, F per_line, R reference) {
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
  std::error_code size_error;
  const std::uint64_t total = o.in.empty() ? 0 : std::filesystem::file_size(o.in, size_error);
  Progress progress(ctx, label, tr(ctx, "줄", "lines"), size_error ? 0 : total);
  std::uint64_t bytes_read = 0, lines_done = 0;
  const unsigned workers = std::max(1U, std::min(8U, std::thread::hardware_concurrency()));
  constexpr std::size_t kBlock = 2048;

  struct Line {
    int lineno = 0;
    std::string text;
    std::string result;
    std::string problem;
  };
  std::vector<Line> block;
  int lineno = 0;
  bool more = true;
  while (more) {
    block.clear();
    std::string line;
    while (block.size() < kBlock && (more = static_cast<bool>(std::getline(in, line)))) {
      ++lineno;
      bytes_read += line.size() + 1;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      block.push_back(Line{lineno, std::move(line), {}, {}});
    }
    auto work = [&](std::size_t from, std::size_t step) {
      json::ReferenceLineReader reader;
      for (std::size_t i = from; i < block.size(); i += step) {
        Line& l = block[i];
        std::optional<json::ReferenceLine> fast;
        if constexpr (!std::is_null_pointer_v<R>) fast = reader.read(l.text);
        Json j;
        if (!fast) {
          j = Json::parse(l.text, nullptr, false);
          if (j.is_discarded() || !j.is_object()) {
            l.problem = "not a JSON object";
            continue;
          }
        }
        auto t0 = std::chrono::steady_clock::now();
        Json r;
        if constexpr (!std::is_null_pointer_v<R>) {
          r = fast ? reference(*fast) : per_line(j, l.problem);
        } else {
          r = per_line(j, l.problem);
        }
        if (o.timing)
          r["micros"] = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count();
        if (l.problem.empty()) l.result = r.dump();
      }
    };
    if (workers > 1 && block.size() > 64) {
      std::vector<std::jthread> pool;
      for (unsigned w = 1; w < workers; ++w) pool.emplace_back(work, w, workers);
      work(0, workers);
    } else {
      work(0, 1);
    }
    for (const Line& l : block) {
      if (!l.problem.empty()) {
        out.flush();
        return ctx.error(name + ":" + std::to_string(l.lineno) + ": error: " + l.problem);
      }
      out << l.result << '\n';
    }
    lines_done += block.size();
    progress.update(bytes_read, lines_done);
  }
  out.flush();
}

// A question built from a batch line's "question", "reference" and "rubric" (keypoints given as
// strings or as {"id"?, "text"?, "terms"?: [...], "weight"?}).
std::optional<Question> inline_question(const Json& j, std::string& problem) {
  auto rb = j.find("rubric");
  if (rb == j.end()) return std::nullopt;
  if (!rb->is_array()) {
    problem = "\"rubric\" must be an array of keypoints";
    return std::nullopt;
  }
  Question q;
  q.id = j.contains("question_id") && j["question_id"].is_string() ? j["question_id"].get<std::string>() : "inline";
  q.prompt = {text_field(j, "question"), text_field(j, "question")};
  q.answer = {text_field(j, "reference"), text_field(j, "reference")};
  int n = 0;
  for (const auto& k : *rb) {
    Keypoint kp;
    kp.id = "k" + std::to_string(++n);
    if (k.is_string()) {
      kp.text = {k.get<std::string>(), k.get<std::string>()};
    } else if (k.is_object()) {
      if (k.contains("id") && k["id"].is_string()) kp.id = k["id"].get<std::string>();
      std::string t = text_field(k, "text");
      kp.text = {t, t};
      if (k.contains("weight") && k["weight"].is_number()) kp.weight = k["weight"].get<double>();
      if (k.contains("terms") && k["terms"].is_array())
        for (const auto& t2 : k["terms"])
          if (t2.is_string()) kp.terms.push_back(t2.get<std::string>());
    } else {
      problem = "rubric item " + std::to_string(n) + " must be a string or an object";
      return std::nullopt;
    }
    q.keypoints.push_back(std::move(kp));
  }
  return q;
}

Json question_grade_json(const grade::QuestionGrade& g, const Question& q, bool with_evidence,
                         std::string_view answer) {
  Json covered = Json::array(), missed = Json::array();
  for (std::size_t i = 0; i < g.keypoints.size(); ++i) {
    const auto& k = g.keypoints[i];
    if (!k.covered) {
      missed.push_back(k.id);
      continue;
    }
    if (!with_evidence) {
      covered.push_back(k.id);
      continue;
    }
    Json ev = Json::array();
    for (const auto& e : k.evidence) ev.push_back(std::string(answer.substr(e.begin, e.end - e.begin)));
    covered.push_back(Json{{"id", k.id},
                           {"coverage", k.coverage},
                           {"matched", k.matched},
                           {"evidence", ev},
                           {"keypoint", Json{{"ko", q.keypoints[i].text.ko}, {"en", q.keypoints[i].text.en}}}});
  }
  return Json{{"score", g.score}, {"covered", covered}, {"missed", missed}};
}

void grade_batch(Context& ctx, const BatchOptions& o) {
  auto gp = make_grader(ctx, o.no_corpus);
  gp->set_idf_power(o.idf_power);
  const grade::Grader& grader = *gp;
  const bank::Bank* bank = o.no_corpus ? nullptr : ctx.bank();
  // An answer against reference answers, from the fast reader or from the general path below.
  auto reference = [&](const json::ReferenceLine& line) {
    grade::ReferenceGrade g = grader.grade_against(line.question, line.references, line.answer);
    Json r{{"id", line.id}, {"score", g.score}};
    if (g.dont_know) r["dont_know"] = true;
    if (o.features) {
      r["features"] = features_json(g.features);
      Json all = Json::array();
      for (const auto& f : g.per_reference) all.push_back(features_json(f));
      r["features_refs"] = all;
    }
    return r;
  };
  auto per_line = [&](const Json& j, std::string& problem) {
    auto ans = j.find("answer");
    if (ans == j.end() || !ans->is_string()) {
      problem = "\"answer\" must be a string";
      return Json();
    }
    const Question* bank_q = nullptr;
    std::optional<Question> inline_q = inline_question(j, problem);
    if (!problem.empty()) return Json();
    if (!inline_q && !j.contains("reference") && !j.contains("references") && bank != nullptr &&
        j.contains("question_id") && j["question_id"].is_string()) {
      bank_q = bank->find(j["question_id"].get<std::string>());
    }
    if (inline_q || bank_q != nullptr) {
      const Question& q = inline_q ? *inline_q : *bank_q;
      grade::QuestionGrade g = grader.grade(q, ans->get<std::string>());
      Json r = question_grade_json(g, q, o.timing, ans->get<std::string>());
      r["id"] = j.value("id", Json());
      if (g.dont_know) r["dont_know"] = true;
      return r;
    }
    json::ReferenceLine line{j.value("id", Json()), text_field(j, "question"), {}, ans->get<std::string>()};
    if (auto it = j.find("references"); it != j.end() && it->is_array()) {
      for (const auto& r : *it)
        if (r.is_string()) line.references.push_back(r.get<std::string>());
    }
    if (line.references.empty()) {
      std::string r = text_field(j, "reference");
      if (r.empty()) {
        problem = "needs \"reference\", \"references\", \"rubric\" or the \"question_id\" of a bank question";
        return Json();
      }
      line.references.push_back(std::move(r));
    }
    return reference(line);
  };
  run_batch(ctx, o, "grade-batch", per_line, reference);
}

void similarity_batch(Context& ctx, const BatchOptions& o) {
  auto gp = make_grader(ctx, o.no_corpus);
  gp->set_idf_power(o.idf_power);
  const grade::Grader& grader = *gp;
  run_batch(
      ctx, o, "similarity-batch",
      [&](const Json& j, std::string& problem) {
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
      },
      nullptr);
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(Errc::not_found, "cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct GradeOptions {
  std::string question_id;
  std::string question_file;
  std::string reference_file;
  std::string answer_file;
};

void grade_one(Context& ctx, const GradeOptions& o) {
  if (o.answer_file.empty()) return ctx.error("--answer-file is required (use - for stdin)");
  std::string answer;
  if (o.answer_file == "-") {
    std::ostringstream ss;
    ss << ctx.in.rdbuf();
    answer = ss.str();
  } else {
    auto a = read_file(o.answer_file);
    if (!a) return ctx.error(a.error().message);
    answer = *a;
  }
  if (!o.question_id.empty()) {
    const bank::Bank* b = ctx.bank();
    if (b == nullptr) return;
    const Question* q = b->find(o.question_id);
    if (q == nullptr) return ctx.error("no question '" + o.question_id + "' (kkori bank list)");
    auto grader = make_grader(ctx, false);
    grade::QuestionGrade g = grader->grade(*q, answer);
    if (ctx.json) {
      Json r = question_grade_json(g, *q, true, answer);
      r["question_id"] = q->id;
      r["dont_know"] = g.dont_know;
      r["repeats_question"] = g.repeats_question;
      r["keypoint_score"] = g.keypoint_score;
      r["reference_score"] = g.reference_score;
      r["model_answer"] = q->answer.get(ctx.lang);
      ctx.out << r.dump() << "\n";
      return;
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f", g.score);
    ctx.out << paint(ctx, Color::bold, tr(ctx, "점수 ", "Score ") + std::string(buf)) << "  "
            << tr(ctx, "(0.8 이상: 강한 지원자 수준)", "(0.8 or more: what a strong candidate says)") << "\n";
    if (g.dont_know) ctx.out << tr(ctx, "모른다고 답했습니다.", "You said you don't know.") << "\n";
    if (g.repeats_question)
      ctx.out << tr(ctx, "질문을 다시 말한 답입니다.", "The answer restates the question.") << "\n";
    for (std::size_t i = 0; i < g.keypoints.size(); ++i) {
      const auto& k = g.keypoints[i];
      const auto& kp = q->keypoints[i];
      ctx.out << (k.covered ? paint(ctx, Color::green, "  ✓ ") : paint(ctx, Color::red, "  ✗ "))
              << kp.text.get(ctx.lang) << "\n";
      for (const auto& e : k.evidence) ctx.out << "      “" << answer.substr(e.begin, e.end - e.begin) << "”\n";
    }
    ctx.out << "\n" << paint(ctx, Color::bold, tr(ctx, "모범 답안", "Model answer")) << "\n" << q->answer.get(ctx.lang);
    if (!q->answer.get(ctx.lang).ends_with('\n')) ctx.out << "\n";
    return;
  }
  if (o.reference_file.empty()) return ctx.error("give --question ID, or --reference-file (and --question-file)");
  auto ref = read_file(o.reference_file);
  if (!ref) return ctx.error(ref.error().message);
  std::string question;
  if (!o.question_file.empty()) {
    auto qf = read_file(o.question_file);
    if (!qf) return ctx.error(qf.error().message);
    question = *qf;
  }
  auto grader = make_grader(ctx, false);
  std::vector<std::string> refs{*ref};
  ctx.out << Json{{"score", grader->grade_against(question, refs, answer).score}}.dump() << "\n";
}

void add_batch_options(CLI::App* c, const std::shared_ptr<BatchOptions>& o) {
  c->add_option("--in", o->in, "JSONL input file (default: stdin)");
  c->add_option("--out", o->out, "JSONL output file (default: stdout)");
  c->add_flag("--features", o->features, "Also print the measured features (for bench/grade/fit.py)")->group("");
  c->add_flag("--timing", o->timing, "Add each line's grading time in microseconds")->group("");
  c->add_option("--idf-power", o->idf_power, "IDF weights raised to this power (experiments)")->group("");
  c->add_flag("--no-corpus", o->no_corpus, "Uniform IDF instead of the bank's (experiments)")->group("");
}

}  // namespace

void add_grade_commands(CLI::App& app, Context& ctx) {
  auto gb = std::make_shared<BatchOptions>();
  auto* b =
      app.add_subcommand("grade-batch",
                         "Grade answers against reference answers, JSONL in -> JSONL out / 참조 답안 대비 일괄 채점\n"
                         "  in:  {\"id\", \"question\"?, \"reference\" | \"references\": [...], \"answer\"}\n"
                         "  out: {\"id\", \"score\"} (score in [0, 1], docs/grading.md), same order");
  add_batch_options(b, gb);
  b->callback([&ctx, gb] { grade_batch(ctx, *gb); });

  auto go = std::make_shared<GradeOptions>();
  auto* g = app.add_subcommand("grade",
                               "Grade one answer: against a bank question (--question ID) or a reference answer "
                               "(--reference-file) / 답변 하나 채점");
  g->add_option("--question", go->question_id, "Bank question id, e.g. ml.kl-divergence");
  g->add_option("--question-file", go->question_file, "The question as text (with --reference-file)");
  g->add_option("--reference-file", go->reference_file, "A reference answer to grade against");
  g->add_option("--answer-file", go->answer_file, "The answer to grade (- for stdin)");
  g->callback([&ctx, go] { grade_one(ctx, *go); });

  auto sb = std::make_shared<BatchOptions>();
  auto* s = app.add_subcommand("similarity-batch",
                               "Text similarity of sentence pairs, JSONL {\"id\"?, \"a\", \"b\"} -> {\"id\"?, "
                               "\"score\"} / 문장 쌍 유사도");
  add_batch_options(s, sb);
  s->callback([&ctx, sb] { similarity_batch(ctx, *sb); });
}

}  // namespace kkori::cli
