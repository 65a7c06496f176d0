// iCalendar (RFC 5545) output of the calendar view: CRLF line ends, content lines
// folded at 75 octets without splitting a UTF-8 character, TEXT values escaped,
// all-day events as VALUE=DATE with an exclusive DTEND.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "report/calendar.hpp"

namespace lplan::render {

/// The PRODID of every calendar lplan writes.
inline constexpr std::string_view k_ics_prodid = "-//lplan//lplan " LPLAN_VERSION "//EN";

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, a line
/// break becomes `\n`; other control characters (never allowed) become spaces.
std::string ics_escape_text(std::string_view s);

/// Folds one content line (without its line end) into lines of at most 75 octets,
/// each continuation starting with a space, never inside a UTF-8 sequence; every
/// line, the last included, ends with CRLF.
std::string ics_fold(std::string_view line);

void write_ics(const report::Calendar& calendar, std::ostream& out);

}  // namespace lplan::render
