// Renderers of the year report: each draws a YearReport, nothing else.
#pragma once

#include <optional>
#include <ostream>
#include <string>

#include "report/rollup.hpp"
#include "report/year_report.hpp"
#include "text/lang.hpp"

namespace lplan::render {

/// The one-screen summary for a terminal. `width` is the width to fit (long titles
/// are cut with «…», the 12-month grid is kept); nullopt lays out for 80 columns
/// without cutting anything.
void report_text(const report::YearReport& report, Lang lang, std::optional<int> width, std::ostream& out);

/// A GitHub-flavoured public-report draft (pandoc turns it into .docx).
void report_markdown(const report::YearReport& report, Lang lang, std::ostream& out);

/// One standalone, printable page with inline CSS, the month bars and a Gantt chart.
void report_html(const report::YearReport& report, Lang lang, std::ostream& out);
/// Several organizations' reports as one page: the rollup, then each report (DESIGN §12).
void reports_html(const report::Rollup& rollup, const std::vector<report::YearReport>& reports, Lang lang,
                  std::ostream& out);

/// The report as JSON with stable, language-neutral keys.
void report_json(const report::YearReport& report, std::ostream& out);
class JsonWriter;
/// The same object inside a document being written (the reports of several organizations).
void report_json_object(JsonWriter& json, const report::YearReport& report);

/// The Word document (the bytes of a .docx file): A4, heading and table styles, the
/// timeline in a landscape section.
std::string report_docx(const report::YearReport& report, Lang lang);
/// The same as one .docx: the rollup, then each report from a new page.
std::string reports_docx(const report::Rollup& rollup, const std::vector<report::YearReport>& reports, Lang lang);

}  // namespace lplan::render
