#pragma once
// The content model (docs/content-format.md, version 1): questions, keypoints, followups.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/error.hpp"
#include "core/lang.hpp"

namespace kkori {

inline constexpr std::array<std::string_view, 12> kAreas = {
    "ml", "dl", "nlp", "cv", "genai", "math", "cs", "linux", "mlops", "sysdesign", "project", "behavioral"};
inline constexpr std::array<std::string_view, 5> kRoles = {"mle", "mlse", "research", "sa", "ds"};
inline constexpr std::array<std::string_view, 7> kStages = {"screening", "coding",     "technical", "project",
                                                            "sysdesign", "behavioral", "executive"};

bool is_area(std::string_view s);
bool is_role(std::string_view s);
bool is_stage(std::string_view s);

struct Keypoint {
  std::string id;
  double weight = 1.0;
  Bilingual text;
  std::vector<std::string> terms;  // surface forms in both languages
};

// When a followup fires. Priority among kinds is decided by the interview engine.
struct WhenAlways {};
struct WhenMentions {
  std::vector<std::string> terms;
};
struct WhenMissed {
  std::string keypoint;
};
struct WhenCovered {
  std::string keypoint;
};
using When = std::variant<WhenAlways, WhenMentions, WhenMissed, WhenCovered>;

struct Followup {
  std::string target;  // question id
  When when;
  Location where;
};

struct SeenAt {
  std::string company;
  std::string role;   // optional
  std::string stage;  // optional
};

struct Question {
  std::string id;
  std::string area;
  int level = 1;
  std::vector<std::string> roles;
  std::vector<std::string> tags;
  Bilingual prompt;
  Bilingual answer;
  std::vector<Keypoint> keypoints;
  std::vector<Followup> followups;
  std::vector<SeenAt> seen_at;
  std::vector<Bilingual> hints;
  Location where;  // file:line:col of the question in its content file

  const Keypoint* keypoint(std::string_view kp_id) const;
};

}  // namespace kkori
