#include "render/ics.hpp"

#include <fmt/format.h>

namespace lplan::render {

namespace {

constexpr std::size_t k_max_octets = 75;

bool is_continuation_byte(unsigned char c) { return (c & 0xC0u) == 0x80u; }

/// Writes `NAME:value` (or `NAME;params:value`) folded, with its CRLF.
void line(std::ostream& out, std::string_view name, std::string_view value) {
  std::string l;
  l.reserve(name.size() + 1 + value.size());
  l.append(name);
  l += ':';
  l.append(value);
  out << ics_fold(l);
}

}  // namespace

std::string ics_escape_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') {
          ++i;
        }
        out += "\\n";
        break;
      case '\n': out += "\\n"; break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string ics_fold(std::string_view l) {
  std::string out;
  out.reserve(l.size() + l.size() / 60 * 3 + 2);
  std::size_t pos = 0;
  std::size_t limit = k_max_octets;  // the first line holds 75 octets; later ones a space + 74
  while (l.size() - pos > limit) {
    std::size_t cut = pos + limit;
    while (cut > pos && is_continuation_byte(static_cast<unsigned char>(l[cut]))) {
      --cut;
    }
    if (cut == pos) {  // not UTF-8 at all: cut where the limit says rather than loop
      cut = pos + limit;
    }
    out.append(l.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    limit = k_max_octets - 1;
  }
  out.append(l.substr(pos));
  out += "\r\n";
  return out;
}

void write_ics(const report::Calendar& calendar, std::ostream& out) {
  line(out, "BEGIN", "VCALENDAR");
  line(out, "VERSION", "2.0");
  line(out, "PRODID", k_ics_prodid);
  line(out, "CALSCALE", "GREGORIAN");
  line(out, "METHOD", "PUBLISH");
  line(out, "X-WR-CALNAME", ics_escape_text(calendar.name));
  std::string stamp = calendar.stamp.compact() + "T000000Z";
  for (const auto& e : calendar.events) {
    line(out, "BEGIN", "VEVENT");
    line(out, "UID", e.uid);
    line(out, "DTSTAMP", stamp);
    line(out, "DTSTART;VALUE=DATE", e.start.compact());
    line(out, "DTEND;VALUE=DATE", e.end.compact());
    line(out, "SUMMARY", ics_escape_text(e.summary));
    if (!e.description.empty()) {
      line(out, "DESCRIPTION", ics_escape_text(e.description));
    }
    if (!e.category.empty()) {
      line(out, "CATEGORIES", ics_escape_text(e.category));
    }
    line(out, "STATUS", e.cancelled ? "CANCELLED" : "CONFIRMED");
    line(out, "TRANSP", "TRANSPARENT");
    line(out, "END", "VEVENT");
  }
  line(out, "END", "VCALENDAR");
}

}  // namespace lplan::render
