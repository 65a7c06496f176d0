// The pasted-text reader: a table copied out of Word, LibreOffice or a browser
// (cells separated by TAB, rows by line breaks) → Document.
//
// - A cell with a line break, a TAB or a quote is quoted the way spreadsheets copy it
//   ("two\nlines", "say ""hi""") and read back as one cell.
// - Word copies a cell's paragraphs as separate lines, so one row may come as several
//   lines that each hold fewer cells than the table has: they are joined.
// - A blank line inside the table is a page break of the source; the row after it is
//   marked `after_break` (the mapper decides whether it continues the row above).
// - Cells that hold HTML markup («<ul> - a - b</ul>», «<p>…</p>») are read as HTML.
// Lines before the first and after the last TAB-separated line are the paragraphs
// around the table.
#pragma once

#include <string>
#include <string_view>

#include "import/table.hpp"

namespace lplan::import {

/// Reads pasted text (UTF-8, UTF-16 with a BOM, or Windows-1251).
Document read_text(std::string_view bytes, const std::string& name, const ImportLimits& limits);

}  // namespace lplan::import
