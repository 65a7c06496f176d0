// Renderers of the public report (`lplan report --public`): each draws a
// PublicReport, nothing else. public_words.hpp holds the words they share.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "report/public_report.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// Plain text wrapped to `width` columns (80 when nullopt), for reading in a terminal.
void public_text(const report::PublicReport& report, Lang lang, std::optional<int> width, std::ostream& out);

/// Markdown that reads on GitHub and that `pandoc report.md -o report.docx` turns
/// into a clean Word document (table widths through the pipe-table dashes).
void public_markdown(const report::PublicReport& report, Lang lang, std::ostream& out);

/// One standalone, printable page (A4) with inline CSS and no scripts.
void public_html(const report::PublicReport& report, Lang lang, std::ostream& out);

/// The report as JSON with stable, language-neutral keys.
void public_json(const report::PublicReport& report, std::ostream& out);

/// The Word document (the bytes of a .docx file).
std::string public_docx(const report::PublicReport& report, Lang lang);

}  // namespace lplan::render
