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
  // Forms by their first word (a Latin word whole, a Hangul word by its first syllable), so naming
  // the concepts in a text is one hash lookup per word instead of a scan of every form.
  std::unordered_map<std::string, std::vector<std::size_t>> by_first;

  static std::string key_of(const text::Token& t) {
    if (t.script != text::Script::hangul) return t.text;
    return t.text.substr(0, 3);  // one Hangul syllable is three bytes of UTF-8
  }

  // A form is named by the text when its words appear in order as whole words (Latin, digits) or as
  // the start of words (Hangul, where particles and endings follow: "발산은" names "발산"). A form
  // inside a longer named one does not count: "KL 발산" names KL divergence, not loss divergence.
  std::vector<std::size_t> concepts_named_in(const std::string& text_in) const {
    auto toks = text::tokenize(text::normalize(text_in));
    struct Match {
      std::size_t begin, end, concept_index;
    };
    std::vector<Match> found;
    for (std::size_t i = 0; i < toks.size(); ++i) {
      auto it = by_first.find(key_of(toks[i]));
      if (it == by_first.end()) continue;
      for (std::size_t fi : it->second) {
        const Form& f = forms[fi];
        if (i + f.words.size() > toks.size()) continue;
        bool match = true;
        for (std::size_t j = 0; j < f.words.size() && match; ++j) {
          const text::Token& t = toks[i + j];
          match = t.script == text::Script::hangul ? t.text.starts_with(f.words[j]) : t.text == f.words[j];
        }
        if (match) found.push_back({i, i + f.words.size(), f.concept_index});
      }
    }
    std::vector<std::size_t> out;
    std::unordered_set<std::size_t> seen;
    for (const Match& m : found) {
      bool inside = std::any_of(found.begin(), found.end(), [&](const Match& o) {
        return o.begin <= m.begin && m.end <= o.end && o.end - o.begin > m.end - m.begin;
      });
      if (!inside && seen.insert(m.concept_index).second) out.push_back(m.concept_index);
    }
    return out;
  }
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

  auto impl = std::make_unique<Impl>(Impl{&bank, std::move(*db), {}, {}});
  const auto& concepts = bank.glossary.concepts;
  for (std::size_t i = 0; i < concepts.size(); ++i) {
    for (const auto* list : {&concepts[i].ko, &concepts[i].en, &concepts[i].abbr})
      for (const auto& f : *list) {
        Impl::Form form{text::normalize(f), i, {}};
        auto toks = text::tokenize(form.text);
        for (const auto& tok : toks) form.words.push_back(tok.text);
        impl->forms.push_back(std::move(form));
        // One-letter Latin forms ("c", "r") and one-syllable Hangul ones ("망") would name a concept
        // in nearly every text.
        if (toks.empty() ||
            (toks.size() == 1 && toks[0].text.size() < (toks[0].script == text::Script::hangul ? 4u : 2u)))
          continue;
        impl->by_first[Impl::key_of(toks[0])].push_back(impl->forms.size() - 1);
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
    std::string gloss;
    for (std::size_t ci : impl->concepts_named_in(q.prompt.ko + " " + q.prompt.en + " " + kp)) {
      const Concept& c = concepts[ci];
      gloss += join(c.ko) + " " + join(c.en) + " " + join(c.abbr) + " ";
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
  // A glossary concept joins the query when a form equals the query, contains one of its Hangul
  // words of two or more syllables, or has one of its Latin words of four or more letters.
  std::vector<std::string> hangul_words, latin_words;
  for (const auto& t : qtoks) {
    if (t.script == text::Script::hangul && text::char_ngrams(t.text, 1).size() >= 2) hangul_words.push_back(t.text);
    if (t.script == text::Script::latin && t.text.size() >= 4) latin_words.push_back(t.text);
  }
  auto has_word = [](const std::vector<std::string>& ws, const std::string& w) {
    return std::find(ws.begin(), ws.end(), w) != ws.end();
  };
  // Only a concept the query names (a whole form in the query, the query itself, or a lone query word
  // inside a form: "쿨백", "kullback") lends its words to the subject bonus; one merely sharing a word
  // ("deployment" in "shadow deployment", "해시" in "해시 인덱스") only widens the match.
  std::unordered_set<std::size_t> named;
  for (std::size_t ci : impl_->concepts_named_in(query)) named.insert(ci);
  for (const auto& [form, ci, form_words] : impl_->forms) {
    bool lone_word =
        qtoks.size() == 1 && ((hangul_words.size() == 1 && form.find(hangul_words[0]) != std::string::npos) ||
                              (latin_words.size() == 1 && has_word(form_words, latin_words[0])));
    if (form == nq || lone_word) named.insert(ci);
  }
  // The words of each form of a named concept, to recognise the question whose id names exactly what
  // was asked ("kl divergence" -> ml.kl-divergence).
  std::vector<std::vector<std::string>> named_forms;
  std::unordered_set<std::size_t> expanded;
  for (const auto& [form, ci, form_words] : impl_->forms) {
    if (expanded.contains(ci)) continue;
    bool hit = named.contains(ci);
    for (const auto& w : hangul_words) hit = hit || form.find(w) != std::string::npos;
    for (const auto& w : latin_words) hit = hit || has_word(form_words, w);
    if (!hit) continue;
    expanded.insert(ci);
    const Concept& c = bank.glossary.concepts[ci];
    for (const auto* list : {&c.ko, &c.en, &c.abbr})
      for (const auto& f : *list) {
        auto ft = index_terms(f);
        if (ft.empty()) continue;
        if (named.contains(ci)) {
          named_forms.emplace_back();
          for (const auto& tok : text::tokenize(text::normalize(f))) named_forms.back().push_back(tok.text);
        }
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
  // The subject bonus: the id's slug is spelled out by the query's words and by whole forms of the
  // concepts the query names ("kullback" -> "kl divergence" spells ml.kl-divergence, but not
  // ml.entropy through "relative entropy"). Each slug word typed in the query raises the tier; each
  // one only reached through a concept lowers it a little ("canary deployment":
  // mlops.canary-deployment before project.deployment; "deployment": project.deployment before
  // mlops.shadow-deployment).
  std::unordered_set<std::string> typed;
  for (const auto& t : qtoks) typed.insert(t.text);
  for (auto& h : hits) {
    std::string slug = h.question->id.substr(h.question->id.find('.') + 1);
    std::unordered_set<std::string> slug_words, covered;
    for (const auto& tok : text::tokenize(slug)) slug_words.insert(tok.text);
    for (const auto& w : slug_words)
      if (typed.contains(w)) covered.insert(w);
    const double direct = static_cast<double>(covered.size());
    for (const auto& fw : named_forms)
      if (!fw.empty() &&
          std::all_of(fw.begin(), fw.end(), [&](const std::string& w) { return slug_words.contains(w); }))
        covered.insert(fw.begin(), fw.end());
    if (slug_words.empty() || covered.size() != slug_words.size()) continue;
    const double through = static_cast<double>(covered.size()) - direct;
    // Tiers far above any BM25 score, so the bonus orders first and BM25 within a tier.
    h.score += 1e7 + 1e6 * direct - 1e5 * through;
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
