#include "resume/facts.hpp"

#include <array>
#include <initializer_list>

#include "resume/fold.hpp"
#include "resume/keywords.hpp"

namespace kkori::resume {

namespace {

struct KindWords {
  FactKind kind;
  std::initializer_list<std::string_view> words;
};

const std::array<KindWords, 6>& kind_words() {
  static const std::array<KindWords, 6> k = {{
      {FactKind::team,
       {"인 팀", "인팀", "명 팀", "명의 팀", "팀원", "team of", "person team", "member team", "people team",
        "1인 프로젝트", "1인 개발", "개인 프로젝트", "solo project", "단독"}},
      {FactKind::role,
       {"테크 리드", "tech lead", "팀장",        "리드", "pm",          "pl",        "담당",     "주도",    "총괄",
        "책임",      "기여",      "역할",        "맡아", "맡음",        "맡았",      "led",      "lead",    "leading",
        "owner",     "owned",     "responsible", "role", "contributed", "in charge", "mentored", "managed", "solo"}},
      {FactKind::data, {"데이터셋",  "데이터", "dataset", "data",       "corpus",     "코퍼스", "로그",    "logs",
                        "라벨",      "레이블", "labels",  "annotation", "어노테이션", "크롤링", "crawled", "수집",
                        "collected", "이미지", "images",  "samples",    "documents",  "문서"}},
      {FactKind::data_work,
       {"정제",         "전처리",        "cleaning",     "cleaned", "preprocessing", "preprocessed", "중복 제거",
        "dedup",        "deduplication", "deduplicated", "라벨링",  "labeling",      "labelling",    "relabel",
        "relabeled",    "재라벨",        "검수",         "증강",    "augmentation",  "augmented",    "필터링",
        "filtering",    "합성 데이터",   "synthetic",    "재구축",  "rebuilt",       "rebuild",      "오버샘플링",
        "oversampling", "언더샘플링",    "undersampling"}},
      {FactKind::serving,
       {"배포", "deploy", "deployed", "deployment", "서빙", "serving", "운영", "production", "프로덕션", "kubernetes",
        "k8s", "docker", "api 서버", "api server", "launched", "출시", "모니터링", "monitoring"}},
      {FactKind::speed_work,
       {"latency", "지연", "추론 속도", "추론 최적화", "inference", "경량화", "최적화", "optimization", "optimized",
        "양자화", "quantization", "quantized", "distillation", "증류", "throughput", "처리량", "가속"}},
  }};
  return k;
}

bool separator_at(std::string_view c, std::size_t i) {
  static constexpr std::array<std::string_view, 12> kSep = {",", ";", "(", ")",  "[",  "]",
                                                            "|", "·", "•", "，", "。", ": "};
  for (auto s : kSep)
    if (c.substr(i).starts_with(s)) return true;
  return c.substr(i).starts_with(". ") || (c[i] == '.' && i + 1 == c.size());
}

}  // namespace

Span clause_around(std::string_view text, const Line& line, std::size_t begin, std::size_t end) {
  std::string_view c = text.substr(line.content, line.content_end - line.content);
  std::size_t kb = begin - line.content, ke = end - line.content;
  std::size_t b = kb, e = ke;
  while (b > 0 && !separator_at(c, b - 1)) --b;
  while (e < c.size() && !separator_at(c, e)) ++e;
  auto trim = [&] {
    while (b < e && c[b] == ' ') ++b;
    while (e > b && c[e - 1] == ' ') --e;
  };
  trim();
  if (e - b > 90) {
    std::size_t nb = kb > b + 36 ? kb - 36 : b, ne = ke + 48 < e ? ke + 48 : e;
    while (nb > b && c[nb - 1] != ' ') --nb;  // whole words
    while (ne < e && c[ne] != ' ') ++ne;
    b = nb, e = ne;
    trim();
  }
  return Span{line.content + b, line.content + e, line.number, line.number};
}

std::vector<Fact> find_facts(std::string_view text, const Line& line) {
  std::vector<Fact> out;
  if (line.kind == LineKind::blank) return out;
  Folded f = fold(text, line.content, line.content_end);
  for (const auto& [kind, words] : kind_words()) {
    std::size_t best = std::string_view::npos, best_end = 0;
    for (auto w : words) {
      std::size_t p = find_word(f.text, w);
      if (p < best) best = p, best_end = p + w.size();
    }
    if (kind == FactKind::team && best == std::string_view::npos) {
      // "4명", "5 engineers" with a team word elsewhere in the line.
      for (std::string_view w : {"명", "인"}) {
        for (std::size_t p = f.text.find(w); p != std::string::npos; p = f.text.find(w, p + 1))
          if (p > 0 && f.text[p - 1] >= '1' && f.text[p - 1] <= '9' &&
              has_any(f.text, {"팀", "team", "구성", "인원"})) {
            best = p - 1, best_end = p + w.size();
            break;
          }
        if (best != std::string_view::npos) break;
      }
    }
    if (best == std::string_view::npos) continue;
    Span s = clause_around(text, line, f.original_begin(best), f.original_end(best_end));
    out.push_back(Fact{kind, s});
  }
  return out;
}

std::string_view to_string(FactKind k) {
  switch (k) {
    case FactKind::team:
      return "team";
    case FactKind::role:
      return "role";
    case FactKind::data:
      return "data";
    case FactKind::data_work:
      return "data_work";
    case FactKind::serving:
      return "serving";
    case FactKind::speed_work:
      return "speed_work";
  }
  return "data";
}

}  // namespace kkori::resume
