#include "diag/diagnostic.hpp"

#include <algorithm>
#include <functional>
#include <tuple>

#include <fmt/format.h>

#include "text/i18n.hpp"

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
