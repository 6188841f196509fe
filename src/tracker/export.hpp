#pragma once
// Text exports: applications as CSV (one row per application, for spreadsheets) and personal
// questions as a content YAML file (docs/content-format.md) with the "me." prefix taken off the
// ids, so a finished question can move into content/questions/<area>/.
#include <cstdint>
#include <functional>
#include <span>
#include <string>

#include "core/question.hpp"
#include "tracker/application.hpp"

namespace kkori::tracker {

// Formats a timestamp for the CSV (the CLI passes local time; tests pass UTC).
using DateFormat = std::function<std::string(std::int64_t ms)>;

// Header: id,company,role,source,applied,current,outcome,rounds,last_activity,heard,notes
// (RFC 4180 quoting; "notes" joins the notes with " | ").
std::string export_csv(std::span<const Application> apps, const DateFormat& date);

// `version: 1` and `questions:` in the content format, every string double-quoted.
std::string export_yaml(std::span<const Question> personal);

}  // namespace kkori::tracker
