// The HTML reader: a saved web page (or Word's «Save as Web Page») → Document, with
// gumbo. Tables with colspan/rowspan are expanded to a grid (as a browser lays them
// out); rows in <thead> or made of <th> only are marked as header rows; text outside
// the tables becomes the document's paragraphs. A table inside a cell is read into
// that cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "import/table.hpp"

namespace lplan::import {

/// Reads an HTML page held in `bytes` (UTF-8 or Windows-1251, as it declares).
Document read_html(std::string_view bytes, const std::string& name, const ImportLimits& limits);

/// The paragraphs of a piece of HTML: a cell of pasted text that holds tags
/// («Цикл заходів <ul> - Семінари - Тренінги</ul>»).
std::vector<Paragraph> html_fragment_paragraphs(std::string_view utf8);

/// Whether pasted text holds HTML markup worth parsing: a tag such as <p>, <ul>, <li>,
/// <br>, <div>, <span>, <b>, <i> (opening or closing).
bool has_html_markup(std::string_view text);

}  // namespace lplan::import
