#include "tracker/export.hpp"

#include <cstdio>
#include <variant>

#include "tracker/personal.hpp"

namespace kkori::tracker {

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// A YAML double-quoted scalar (valid for any UTF-8 text).
std::string q(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string flow(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + q(v[i]);
  return out + "]";
}

std::string number(double w) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", w);
  return buf;
}

}  // namespace

std::string export_csv(std::span<const Application> apps, const DateFormat& date) {
  std::string out = "id,company,role,source,applied,current,outcome,rounds,last_activity,heard,notes\r\n";
  for (const auto& a : apps) {
    std::string notes;
    for (const auto& n : a.notes) notes += (notes.empty() ? "" : " | ") + n.text;
    out += std::to_string(a.id) + "," + csv_field(a.company) + "," + csv_field(a.role) + "," +
           std::string(to_string(a.source)) + "," + csv_field(date(a.applied_at_ms)) + "," +
           std::string(to_string(a.current())) + "," + std::string(to_string(outcome(a))) + "," +
           std::to_string(a.rounds()) + "," + csv_field(date(a.last_at_ms())) + "," + std::to_string(a.heard.size()) +
           "," + csv_field(notes) + "\r\n";
  }
  return out;
}

std::string export_yaml(std::span<const Question> personal) {
  std::string o = "# kkori personal questions (content format version 1, docs/content-format.md)\nversion: 1\n";
  if (personal.empty()) return o + "questions: []\n";
  o += "questions:\n";
  for (const auto& x : personal) {
    o += "  - id: " + content_id(x.id) + "\n";
    o += "    area: " + x.area + "\n";
    o += "    level: " + std::to_string(x.level) + "\n";
    o += "    roles: [";
    for (std::size_t i = 0; i < x.roles.size(); ++i) o += (i ? ", " : "") + x.roles[i];
    o += "]\n";
    if (!x.tags.empty()) o += "    tags: " + flow(x.tags) + "\n";
    o += "    prompt:\n      ko: " + q(x.prompt.ko) + "\n      en: " + q(x.prompt.en) + "\n";
    o += "    answer:\n      ko: " + q(x.answer.ko) + "\n      en: " + q(x.answer.en) + "\n";
    if (x.keypoints.empty()) {
      o += "    keypoints: []\n";
    } else {
      o += "    keypoints:\n";
      for (const auto& k : x.keypoints) {
        o += "      - id: " + k.id + "\n        weight: " + number(k.weight) + "\n";
        o += "        ko: " + q(k.text.ko) + "\n        en: " + q(k.text.en) + "\n";
        o += "        terms: " + flow(k.terms) + "\n";
      }
    }
    if (!x.followups.empty()) {
      o += "    followups:\n";
      for (const auto& f : x.followups) {
        o += "      - id: " + f.target + "\n        when: ";
        if (std::holds_alternative<WhenAlways>(f.when))
          o += "always";
        else if (auto* mentions = std::get_if<WhenMentions>(&f.when))
          o += "{mentions: " + flow(mentions->terms) + "}";
        else if (auto* missed = std::get_if<WhenMissed>(&f.when))
          o += "{missed: " + missed->keypoint + "}";
        else
          o += "{covered: " + std::get<WhenCovered>(f.when).keypoint + "}";
        o += "\n";
      }
    }
    if (!x.seen_at.empty()) {
      o += "    seen_at:\n";
      for (const auto& s : x.seen_at) {
        o += "      - company: " + q(s.company) + "\n";
        if (!s.role.empty()) o += "        role: " + s.role + "\n";
        if (!s.stage.empty()) o += "        stage: " + s.stage + "\n";
      }
    }
    if (x.hints.empty()) {
      o += "    hints: []\n";
    } else {
      o += "    hints:\n";
      for (const auto& h : x.hints) o += "      - ko: " + q(h.ko) + "\n        en: " + q(h.en) + "\n";
    }
  }
  return o;
}

}  // namespace kkori::tracker
