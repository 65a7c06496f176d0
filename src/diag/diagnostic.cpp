#include "diag/diagnostic.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include <fmt/format.h>

#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan {

std::string severity_word(Severity severity) {
  return std::string(severity == Severity::Error ? trc("severity", "error") : trc("severity", "warning"));
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string where;
  if (!d.file.empty()) {
    where = d.file;
    if (d.line > 0) {
      where += fmt::format(":{}", d.line);
      if (d.column > 0) {
        where += fmt::format(":{}", d.column);
      }
    }
    where += ": ";
  } else {
    where = "lplan: ";
  }
  const std::string sev = severity_word(d.severity);
  if (d.rule == Rule::None) {
    return fmt::format("{}{}: {}", where, sev, d.message);
  }
  return fmt::format("{}{}: {} [{}]", where, sev, d.message, rule_name(d.rule));
}

void attach_source_line(Diagnostic& d, std::string_view text) {
  d.source_line.clear();
  d.marker_pad.clear();
  if (d.line <= 0) {
    return;
  }
  std::size_t start = 0;
  for (int line = 1; line < d.line; ++line) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) {
      return;  // the file has fewer lines
    }
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string_view::npos) {
    end = text.size();
  }
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  std::u32string cps = text::decode(line);
  std::size_t column = d.column > 0 ? static_cast<std::size_t>(d.column) : 1;
  // A plan written on one line: show the part around the column, not megabytes. A
  // line of an ordinary plan (a long title) is shown whole.
  constexpr std::size_t k_whole = 200;
  constexpr std::size_t k_before = 80;
  constexpr std::size_t k_after = 80;
  bool cut = cps.size() > k_whole;
  std::size_t from = cut && column > k_before + 1 ? column - 1 - k_before : 0;
  std::size_t to = cut ? std::min(cps.size(), column - 1 + k_after) : cps.size();
  std::u32string shown;
  std::u32string pad;
  if (from > 0) {
    shown = U"…";
    pad = U" ";
  }
  for (std::size_t i = from; i < to; ++i) {
    char32_t cp = cps[i];
    bool control = text::is_control(cp) && cp != U'\t';
    shown.push_back(control ? U'\uFFFD' : cp);
    if (i + 1 < column) {
      if (cp == U'\t') {
        pad.push_back(U'\t');
      } else {
        int w = control ? 1 : text::display_width(text::encode(cp));
        pad.append(static_cast<std::size_t>(std::max(w, 0)), U' ');
      }
    }
  }
  if (to < cps.size()) {
    shown += U"…";
  }
  d.source_line = text::encode(shown);
  d.marker_pad = text::encode(pad);
}

std::string format_source_excerpt(const Diagnostic& d) {
  if (d.source_line.empty() || d.line <= 0) {
    return {};
  }
  std::string number = fmt::format("{}", d.line);
  std::size_t gutter = std::max<std::size_t>(5, number.size());
  return fmt::format("{:>{}} | {}\n{:>{}} | {}^\n", number, gutter, d.source_line, "", gutter, d.marker_pad);
}

static Diagnostic make(Severity severity, const SourceLoc& at, Rule rule, std::string message) {
  Diagnostic d;
  d.severity = severity;
  d.file = at.path();
  d.line = at.line;
  d.column = at.column;
  d.message = std::move(message);
  d.rule = rule;
  return d;
}

void Diagnostics::error(const SourceLoc& at, Rule rule, std::string message) {
  m_items.push_back(make(Severity::Error, at, rule, std::move(message)));
}

void Diagnostics::warning(const SourceLoc& at, Rule rule, std::string message) {
  m_items.push_back(make(Severity::Warning, at, rule, std::move(message)));
}

void Diagnostics::add(Diagnostic d) { m_items.push_back(std::move(d)); }

void Diagnostics::append(const Diagnostics& other) {
  m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

void Diagnostics::finish() {
  // Files are ordered by name, which is also the order lplan loads them in.
  auto key = [](const Diagnostic& d) {
    return std::tie(d.file, d.line, d.column, d.severity, d.message, d.rule);
  };
  // Files are ordered by name, which is also the order lplan loads them in; at one
  // place, errors come before warnings.
  auto order = [](const Diagnostic& d) {
    return std::make_tuple(std::cref(d.file), d.line, d.column, d.severity == Severity::Warning,
                           std::cref(d.message), d.rule);
  };
  std::stable_sort(m_items.begin(), m_items.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return order(a) < order(b); });
  m_items.erase(std::unique(m_items.begin(), m_items.end(),
                            [&](const Diagnostic& a, const Diagnostic& b) {
                              return key(a) == key(b);
                            }),
                m_items.end());
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

std::size_t Diagnostics::error_count() const {
  return static_cast<std::size_t>(std::count_if(
      m_items.begin(), m_items.end(), [](const auto& d) { return d.severity == Severity::Error; }));
}

std::size_t Diagnostics::warning_count() const { return m_items.size() - error_count(); }

bool has_io_errors(const Diagnostics& diags) {
  return std::any_of(diags.items().begin(), diags.items().end(),
                     [](const Diagnostic& d) { return rule_is_io(d.rule); });
}

int exit_code(const Diagnostics& diags, bool strict) {
  if (has_io_errors(diags)) {
    return k_exit_usage;
  }
  if (diags.has_errors() || (strict && !diags.empty())) {
    return k_exit_plan_errors;
  }
  return k_exit_ok;
}

}  // namespace lplan
