#include "bank/search.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "sqlite/db.hpp"
#include "text/tokenize.hpp"
#include "text/unicode.hpp"

namespace kkori::bank {

namespace {

// BM25 column weights (the id names the subject, so it weighs most): id words, prompt, glossary forms, keypoints,
// answer.
constexpr const char* kRank = "bm25(qfts, 30.0, 10.0, 3.0, 4.0, 1.0)";

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) {
    if (!s.empty()) s += ' ';
    s += x;
  }
  return s;
}

std::string quote_fts(const std::string& term) {
  std::string q = "\"";
  for (char c : term) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

}  // namespace

std::vector<std::string> index_terms(const std::string& s) {
  std::vector<std::string> out;
  for (const auto& tok : text::tokenize(text::normalize(s))) {
    if (tok.script == text::Script::hangul) {
      auto grams = text::char_ngrams(tok.text, 2);
      out.insert(out.end(), grams.begin(), grams.end());
    } else {
      out.push_back(tok.text);
    }
  }
  return out;
}

struct SearchIndex::Impl {
  const Bank* bank = nullptr;
  sqlite::Db db;
  // Every glossary surface form, normalised, with its concept and its words (computed once here,
  // not per query).
  struct Form {
    std::string text;
    std::size_t concept_index;
    std::vector<std::string> words;
  };
  std::vector<Form> forms;
};

SearchIndex::SearchIndex(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;
SearchIndex::~SearchIndex() = default;

Result<SearchIndex> SearchIndex::build(const Bank& bank) {
  auto db = sqlite::Db::open(":memory:");
  if (!db) return std::unexpected(db.error());
  if (auto r = db->exec("CREATE VIRTUAL TABLE qfts USING fts5(idw, prompt, gloss, keypoints, answer, "
                        "tokenize = \"unicode61 remove_diacritics 0 tokenchars '_'\")");
      !r)
    return std::unexpected(r.error());

  auto impl = std::make_unique<Impl>(Impl{&bank, std::move(*db), {}});
  const auto& concepts = bank.glossary.concepts;
  for (std::size_t i = 0; i < concepts.size(); ++i) {
    for (const auto* list : {&concepts[i].ko, &concepts[i].en, &concepts[i].abbr})
      for (const auto& f : *list) {
        Impl::Form form{text::normalize(f), i, {}};
        for (const auto& tok : text::tokenize(form.text)) form.words.push_back(tok.text);
        impl->forms.push_back(std::move(form));
      }
  }

  auto ins = impl->db.prepare("INSERT INTO qfts(rowid, idw, prompt, gloss, keypoints, answer) VALUES (?,?,?,?,?,?)");
  if (!ins) return std::unexpected(ins.error());
  if (auto r = impl->db.exec("BEGIN"); !r) return std::unexpected(r.error());
  for (std::size_t i = 0; i < bank.questions.size(); ++i) {
    const Question& q = bank.questions[i];
    std::string id_words = q.id;
    std::replace(id_words.begin(), id_words.end(), '.', ' ');
    std::replace(id_words.begin(), id_words.end(), '-', ' ');
    std::string kp;
    for (const auto& k : q.keypoints) kp += k.text.ko + " " + k.text.en + " " + join(k.terms) + " ";
    // Glossary forms of concepts the prompt or keypoints name, so a query in the other language or
    // by another name still reaches the question.
    std::string prompt = text::normalize(q.prompt.ko + " " + q.prompt.en + " " + kp);
    std::string gloss;
    std::unordered_set<std::size_t> added;
    for (const auto& [form, ci, form_words] : impl->forms) {
      if (form.size() < 2 || added.contains(ci)) continue;
      bool latin = std::all_of(form.begin(), form.end(), [](unsigned char c) { return c < 0x80; });
      if (latin && form.size() < 4) continue;  // short abbreviations match inside too many words
      if (prompt.find(form) != std::string::npos) {
        added.insert(ci);
        const Concept& c = concepts[ci];
        gloss += join(c.ko) + " " + join(c.en) + " " + join(c.abbr) + " ";
      }
    }
    ins->reset();
    ins->bind(1, static_cast<std::int64_t>(i))
        .bind(2, join(index_terms(id_words)))
        .bind(3, join(index_terms(q.prompt.ko + " " + q.prompt.en)))
        .bind(4, join(index_terms(gloss)))
        .bind(5, join(index_terms(kp)))
        .bind(6, join(index_terms(q.answer.ko + " " + q.answer.en)));
    if (auto r = ins->run(); !r) return std::unexpected(r.error());
  }
  if (auto r = impl->db.exec("COMMIT"); !r) return std::unexpected(r.error());
  return SearchIndex(std::move(impl));
}

Result<std::vector<SearchHit>> SearchIndex::search(const std::string& query, int limit) const {
  std::vector<SearchHit> hits;
  const Bank& bank = *impl_->bank;
  std::string nq = text::normalize(query);
  auto qtoks = text::tokenize(nq);
  if (qtoks.empty() || limit <= 0) return hits;

  // Query terms: each token (Latin as a prefix, Hangul as bigrams or a one-syllable prefix),
  // plus every form of a glossary concept that a query word is part of.
  std::vector<std::string> terms;
  for (const auto& t : qtoks) {
    if (t.script == text::Script::hangul) {
      auto grams = text::char_ngrams(t.text, 2);
      if (grams.size() == 1 && grams[0].size() <= 3)
        terms.push_back(quote_fts(grams[0]) + "*");
      else
        for (const auto& g : grams) terms.push_back(quote_fts(g));
    } else {
      terms.push_back(quote_fts(t.text) + (t.text.size() >= 2 ? "*" : ""));
    }
  }
  // Words of the query and of its glossary expansions, to recognise the question whose id names
  // exactly what was asked ("kl divergence" -> ml.kl-divergence).
  std::unordered_set<std::string> words;
  for (const auto& t : qtoks) words.insert(t.text);
  // A glossary concept joins the query when a form equals the query, contains one of its Hangul
  // words of two or more syllables, or has one of its Latin words of four or more letters.
  std::vector<std::string> hangul_words, latin_words;
  for (const auto& t : qtoks) {
    if (t.script == text::Script::hangul && text::char_ngrams(t.text, 1).size() >= 2) hangul_words.push_back(t.text);
    if (t.script == text::Script::latin && t.text.size() >= 4) latin_words.push_back(t.text);
  }
  std::unordered_set<std::size_t> expanded;
  for (const auto& [form, ci, form_words] : impl_->forms) {
    if (expanded.contains(ci)) continue;
    bool hit = form == nq;
    for (const auto& w : hangul_words) hit = hit || form.find(w) != std::string::npos;
    for (const auto& w : latin_words)
      hit = hit || std::find(form_words.begin(), form_words.end(), w) != form_words.end();
    if (!hit) continue;
    expanded.insert(ci);
    const Concept& c = bank.glossary.concepts[ci];
    for (const auto* list : {&c.ko, &c.en, &c.abbr})
      for (const auto& f : *list) {
        auto ft = index_terms(f);
        if (ft.empty()) continue;
        for (const auto& tok : text::tokenize(text::normalize(f))) words.insert(tok.text);
        std::string phrase;
        for (const auto& x : ft) phrase += (phrase.empty() ? "" : " ") + quote_fts(x);
        terms.push_back(ft.size() == 1 ? phrase : "(" + phrase + ")");
      }
  }
  std::string match;
  for (const auto& t : terms) match += (match.empty() ? "" : " OR ") + t;

  auto st = impl_->db.prepare(std::string("SELECT rowid, ") + kRank + " FROM qfts WHERE qfts MATCH ? ORDER BY " +
                              kRank + " LIMIT ?");
  if (!st) return std::unexpected(st.error());
  st->bind(1, match).bind(2, static_cast<std::int64_t>(limit) * 3 + 20);
  for (;;) {
    auto row = st->step();
    if (!row) return fail(Errc::invalid_input, "cannot search for '" + query + "': " + row.error().message);
    if (!*row) break;
    auto idx = static_cast<std::size_t>(st->int64(0));
    if (idx < bank.questions.size()) hits.push_back(SearchHit{&bank.questions[idx], -st->real(1)});
  }
  // The subject bonus: every word of the id's slug was asked for.
  for (auto& h : hits) {
    std::string slug = h.question->id.substr(h.question->id.find('.') + 1);
    bool all = true;
    for (const auto& tok : text::tokenize(slug)) all = all && words.contains(tok.text);
    if (all) h.score += 1000.0;
  }
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (static_cast<int>(hits.size()) > limit) hits.resize(static_cast<std::size_t>(limit));
  // An exact id always comes first.
  if (const Question* exact = bank.find(query)) {
    std::erase_if(hits, [&](const SearchHit& h) { return h.question == exact; });
    hits.insert(hits.begin(), SearchHit{exact, 1e9});
    if (static_cast<int>(hits.size()) > limit) hits.pop_back();
  }
  return hits;
}

}  // namespace kkori::bank
