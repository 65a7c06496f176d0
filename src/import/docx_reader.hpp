// The .docx reader: WordprocessingML (ECMA-376 Part 1) → Document.
//
// The main part is found through _rels/.rels (the officeDocument relationship), its
// numbering and styles through its own relationships. Tables: gridSpan, vMerge (and
// the legacy hMerge), gridBefore/gridAfter, rows marked tblHeader; content inside
// w:sdt, w:customXml, w:hyperlink, w:smartTag, w:ins and w:moveTo is read, w:del and
// w:moveFrom are dropped; w:br and w:cr are soft breaks; numbered paragraphs get the
// label Word shows (docx_numbering.hpp). Nested tables are flattened into their cell.
#pragma once

#include <string>
#include <string_view>

#include "import/table.hpp"

namespace lplan::import {

/// Reads a .docx held in `bytes`. `name` is used in messages. ImportError when it is
/// not a Word document (another zip, an .xlsx, an OpenDocument file) or breaks a limit.
Document read_docx(std::string_view bytes, const std::string& name, const ImportLimits& limits);

/// The same from the XML parts themselves (for tests and the fuzz target); each text
/// is consumed, an empty one is an absent part.
Document read_docx_parts(std::string document_xml, std::string numbering_xml, std::string styles_xml,
                         const std::string& name, const ImportLimits& limits);

}  // namespace lplan::import
