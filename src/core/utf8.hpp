#pragma once
// Text from outside (a submission's output, a compiler's diagnostics cut at a byte limit) may not
// be UTF-8; JSON must be. Written here rather than through ICU so the judge does not link ICU for
// one loop.
#include <cstddef>
#include <string>
#include <string_view>

namespace kkori {

// `s` with every byte that is not part of a well-formed UTF-8 sequence (stray continuation bytes,
// truncated or overlong sequences, surrogates, code points above U+10FFFF) replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

// The longest prefix of `s` of at most `max` bytes that does not end inside a UTF-8 sequence.
std::size_t utf8_prefix(std::string_view s, std::size_t max);

// For showing untrusted output: at most `max` bytes from its start (then "\n...") or from its end
// ("..." first), cut between characters, made valid.
std::string utf8_head(std::string_view s, std::size_t max);
std::string utf8_tail(std::string_view s, std::size_t max);

}  // namespace kkori
