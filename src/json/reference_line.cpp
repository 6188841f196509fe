#include "json/reference_line.hpp"

#include <simdjson.h>

namespace kkori::json {

namespace dom = simdjson::dom;

struct ReferenceLineReader::Impl {
  dom::parser parser;  // the DOM API: it picks the machine's SIMD kernels at run time and checks the whole line
  std::string buffer;  // the line followed by the padding simdjson reads past the end
};

ReferenceLineReader::ReferenceLineReader() : impl_(std::make_unique<Impl>()) {}
ReferenceLineReader::~ReferenceLineReader() = default;

namespace {

bool read_string(dom::element v, std::string& out) {
  std::string_view s;
  if (v.get_string().get(s) != simdjson::SUCCESS) return false;
  out.assign(s);
  return true;
}

// An id as the general reader keeps it: a string, an integer or null; anything else is left to it.
bool read_id(dom::element v, Json& out) {
  switch (v.type()) {
    case dom::element_type::STRING: {
      std::string s;
      if (!read_string(v, s)) return false;
      out = std::move(s);
      return true;
    }
    case dom::element_type::UINT64:
      out = v.get_uint64().value_unsafe();
      return true;
    case dom::element_type::INT64: {
      const std::int64_t n = v.get_int64().value_unsafe();
      if (n >= 0) {
        out = static_cast<std::uint64_t>(n);  // nlohmann keeps non-negative integers unsigned
      } else {
        out = n;
      }
      return true;
    }
    case dom::element_type::NULL_VALUE:
      out = nullptr;
      return true;
    default:
      return false;  // floats, booleans, arrays, objects: the general reader's own conversion decides
  }
}

}  // namespace

std::optional<ReferenceLine> ReferenceLineReader::read(std::string_view line) {
  std::string& buf = impl_->buffer;
  buf.assign(line);
  buf.resize(line.size() + simdjson::SIMDJSON_PADDING, '\0');
  dom::element doc;
  if (impl_->parser.parse(buf.data(), line.size(), false).get(doc) != simdjson::SUCCESS) return std::nullopt;
  dom::object object;
  if (doc.get_object().get(object) != simdjson::SUCCESS) return std::nullopt;

  ReferenceLine out;
  std::string reference;
  bool answer = false, references = false;
  for (const dom::key_value_pair field : object) {
    const std::string_view key = field.key;
    const dom::element value = field.value;
    // A repeated key: the last one counts, as in the general reader.
    if (key == "answer") {
      if (!read_string(value, out.answer)) return std::nullopt;
      answer = true;
    } else if (key == "question") {
      if (!read_string(value, out.question)) return std::nullopt;
    } else if (key == "reference") {
      if (!read_string(value, reference)) return std::nullopt;
    } else if (key == "references") {
      dom::array array;
      if (value.get_array().get(array) != simdjson::SUCCESS) return std::nullopt;
      out.references.clear();
      for (const dom::element element : array)
        if (!read_string(element, out.references.emplace_back())) return std::nullopt;
      references = true;
    } else if (key == "id") {
      if (!read_id(value, out.id)) return std::nullopt;
    } else if (key == "rubric") {
      return std::nullopt;  // graded against keypoints: the general path
    }
    // Other keys ("question_id" beside references, anything else) change nothing here.
  }
  if (!answer) return std::nullopt;
  if (!references || out.references.empty()) {
    if (reference.empty()) return std::nullopt;
    out.references.clear();
    out.references.push_back(std::move(reference));
  }
  return out;
}

}  // namespace kkori::json
