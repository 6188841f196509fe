#pragma once
// Metrics and claims in a résumé line: numbers with units, before → after ("2.1초 → 0.6초",
// "from 2.1 s to 0.6 s"), signed changes ("accuracy +3.2%p", "40% 단축"), multiples ("3배",
// "3x faster"), scales ("10만 건") and labelled scores ("F1 0.84", "p95 1.8s"). Dates, years,
// versions ("GPT-4", "YOLOv8", "A100") and team sizes ("4인 팀") are not claims.
#include <string_view>
#include <vector>

#include "resume/document.hpp"

namespace kkori::resume {

enum class ClaimShape { change, delta, multiple, value };
enum class ClaimTopic { speed, quality, cost, data, scale, other };

struct Claim {
  Span span;  // the claim as quoted: the numbers with the words that say what they measure
  ClaimShape shape = ClaimShape::value;
  ClaimTopic topic = ClaimTopic::other;
};

std::vector<Claim> find_claims(std::string_view text, const Line& line);

std::string_view to_string(ClaimShape s);
std::string_view to_string(ClaimTopic t);

}  // namespace kkori::resume
