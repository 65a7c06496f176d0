#include "render/diagnostics.hpp"

#include <fmt/format.h>

#include "render/json_writer.hpp"
#include "text/i18n.hpp"

namespace lplan::render {

namespace {

/// The JSON key: English in every language.
const char* severity_key(Severity s) { return s == Severity::Error ? "error" : "warning"; }

/// GitHub's workflow-command escaping: data escapes %, CR, LF; properties also : and ,.
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    switch (c) {
      case ':': out += "%3A"; break;
      case ',': out += "%2C"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void diagnostics_text(const Diagnostics& diags, const ValidationSummary& summary, bool color, std::ostream& out) {
  for (const auto& d : diags.items()) {
    std::string line = format_diagnostic(d);
    if (color) {
      std::string word = severity_word(d.severity) + ":";
      auto at = line.find(word);
      if (at != std::string::npos) {
        line.replace(at, word.size(),
                     fmt::format("{}{}\x1b[0m", d.severity == Severity::Error ? "\x1b[1;31m" : "\x1b[1;33m", word));
      }
    }
    out << line << '\n' << format_source_excerpt(d);
  }
  // "1 year, 3 files, 31 activities: 0 errors, 6 warnings"
  out << trf("{years}, {files}, {activities}: {errors}, {warnings}",
             fmt::arg("years", trnf("{} year", "{} years", summary.years, summary.years)),
             fmt::arg("files", trnf("{} file", "{} files", summary.files, summary.files)),
             fmt::arg("activities", trnf("{} activity", "{} activities", summary.activities, summary.activities)),
             fmt::arg("errors", trnf("{} error", "{} errors", summary.errors, summary.errors)),
             fmt::arg("warnings", trnf("{} warning", "{} warnings", summary.warnings, summary.warnings)))
      << '\n';
}

void diagnostics_json(const Diagnostics& diags, const ValidationSummary& summary, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.field("years", summary.years);
  w.field("files", summary.files);
  w.field("activities", summary.activities);
  w.field("errors", summary.errors);
  w.field("warnings", summary.warnings);
  w.key("diagnostics");
  w.begin_array();
  for (const auto& d : diags.items()) {
    w.begin_object();
    w.field("file", d.file);
    w.field("line", d.line);
    w.field("column", d.column);
    w.field("severity", severity_key(d.severity));
    w.field("rule", std::string(rule_name(d.rule)));
    w.field("message", d.message);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.finish();
}

void diagnostics_github(const Diagnostics& diags, std::ostream& out) {
  for (const auto& d : diags.items()) {
    std::string props;
    if (!d.file.empty()) {
      props += "file=" + escape_property(d.file);
      if (d.line > 0) {
        props += fmt::format(",line={}", d.line);
      }
      if (d.column > 0) {
        props += fmt::format(",col={}", d.column);
      }
      props += ",";
    }
    props += "title=" + escape_property(fmt::format("lplan {}", d.rule == Rule::None ? std::string_view("error") : rule_name(d.rule)));
    out << fmt::format("::{} {}::{}\n", severity_key(d.severity), props, escape_data(d.message));
  }
}

}  // namespace lplan::render
