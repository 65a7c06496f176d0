// Unicode text helpers over UTF-8 strings, built on utf8proc: validation,
// normalisation, case folding, display width, terminal-safe output.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::text {

/// Byte offset of the first invalid UTF-8 sequence, or nullopt when `s` is valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view s);

/// Decodes UTF-8 into code points (invalid bytes become U+FFFD).
std::u32string decode(std::string_view s);
std::string encode(char32_t cp);
std::string encode(std::u32string_view s);

/// Number of code points (what lplan calls "characters" in columns).
std::size_t char_count(std::string_view s);

/// Canonical composition (NFC). Invalid UTF-8 is returned unchanged.
std::string nfc(std::string_view s);

/// NFC + Unicode case folding: the form in which names, aliases, month words and
/// filters are compared. «ДУБОВА» and «дубова» fold equal; decomposed «й» composes.
std::string fold(std::string_view s);

/// Display width in terminal columns: Cyrillic 1, CJK 2, combining marks 0.
int display_width(std::string_view s);

/// Cuts `s` to at most `width` columns, ending with «…» when something was cut.
std::string truncate_to_width(std::string_view s, int width);

/// Splits `s` into lines of at most `width` columns at spaces (a word longer than
/// the width is cut). Always returns at least one line.
std::vector<std::string> wrap(std::string_view s, int width);

/// The same, losing nothing: lines break at spaces and after a hyphen inside a word
/// («Науково-|методичний»), and a part longer than the width is broken across lines
/// (for table cells, where every letter must stay readable).
std::vector<std::string> wrap_whole(std::string_view s, int width);

/// The widest part wrap_whole keeps on one line when it can: a word, or the piece of a
/// hyphenated word between its hyphens.
int longest_unbreakable(std::string_view s);

/// Replaces control characters (C0, DEL, C1, and line/paragraph separators) with
/// visible stand-ins, so plan text never drives the terminal: a newline becomes
/// a space, anything else U+FFFD. Also composes to NFC.
std::string printable(std::string_view s);

/// True when `cp` is a C0/C1 control character or DEL.
bool is_control(char32_t cp);

/// Collapses runs of white space into one space and trims both ends.
std::string squeeze_spaces(std::string_view s);

/// Levenshtein distance over code points.
std::size_t edit_distance(std::u32string_view a, std::u32string_view b);

/// The candidate closest to `word` (compared folded), when it is close enough to be a
/// plausible typo: distance ≤ max(1, length/3).
std::optional<std::string> did_you_mean(std::string_view word,
                                        const std::vector<std::string>& candidates);

/// Latin and Cyrillic letters mixed in one word, like «НТМ» with a Latin «Н»: returns
/// each such word.
std::vector<std::string> mixed_script_words(std::string_view s);

}  // namespace lplan::text
