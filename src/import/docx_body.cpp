// The document body of a .docx: paragraphs and tables → Document.
#include <algorithm>
#include <string>

#include "import/docx_numbering.hpp"
#include "import/docx_reader.hpp"
#include "import/docx_xml.hpp"
#include "text/i18n.hpp"

namespace lplan::import {

namespace {

using docx::child;
using docx::child_val;
using docx::is;
using docx::local_name;

/// Elements whose content is text of the paragraph they are in.
bool is_run_container(const pugi::xml_node& n) {
  for (const char* name : {"r", "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "bdo", "dir",
                           "sdtContent", "oMath", "oMathPara", "e", "num", "den", "sub", "sup", "deg", "lim",
                           "fName", "m"}) {
    if (is(n, name)) {
      return true;
    }
  }
  return false;
}

class BodyReader {
public:
  BodyReader(docx::Numbering& numbering, const std::string& name, const ImportLimits& limits)
      : m_numbering(numbering), m_name(name), m_limits(limits) {}

  Document read(const pugi::xml_node& body) {
    m_doc.kind = SourceKind::Docx;
    read_blocks(body, 0);
    return std::move(m_doc);
  }

private:
  void deeper(int depth) const {
    if (depth > m_limits.max_depth) {
      throw ImportError(trf("{}: the document nests its elements (tables, links, content controls) more than {} deep", m_name,
                            m_limits.max_depth));
    }
  }

  /// Body-level content: paragraphs outside tables, tables, content controls.
  void read_blocks(const pugi::xml_node& parent, int depth) {
    deeper(depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (is(n, "p")) {
        Paragraph p = read_paragraph(n, depth);
        std::string text = p.label.empty() ? p.text : p.label + " " + p.text;
        if (text.find_first_not_of(" \t\n") != std::string::npos) {
          m_doc.paragraphs.push_back(std::move(text));
        }
      } else if (is(n, "tbl")) {
        m_doc.tables.push_back(read_table(n, static_cast<int>(m_doc.tables.size()) + 1, depth + 1));
      } else if (is(n, "sdt")) {
        read_blocks(child(n, "sdtContent"), depth + 1);
      } else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo")) {
        read_blocks(n, depth + 1);
      }
    }
  }

  void read_runs(const pugi::xml_node& parent, std::string& out, int depth) {
    deeper(depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) {
        continue;
      }
      const char* name = local_name(n);
      std::string_view local(name);
      if (local == "t") {
        out += n.text().get();
      } else if (local == "tab" || local == "ptab") {
        out += '\t';
      } else if (local == "br" || local == "cr") {
        out += '\n';
      } else if (local == "noBreakHyphen") {
        out += '-';
      } else if (local == "sdt") {
        read_runs(child(n, "sdtContent"), out, depth + 1);
      } else if (is_run_container(n)) {
        read_runs(n, out, depth + 1);
      }
      // Everything else — w:del, w:moveFrom, w:delText, w:instrText, properties,
      // drawings, text boxes, soft hyphens — is not part of the text.
    }
  }

  Paragraph read_paragraph(const pugi::xml_node& p, int depth) {
    Paragraph out;
    pugi::xml_node ppr = child(p, "pPr");
    docx::Numbering::Ref own;
    if (pugi::xml_node num = child(ppr, "numPr")) {
      own.num_id = child_val(num, "numId");
      own.ilvl = docx::to_int(child_val(num, "ilvl").c_str(), -1, 8);
    }
    docx::Numbering::Ref ref = m_numbering.resolve(child_val(ppr, "pStyle"), own);
    if (auto numbered = m_numbering.next(ref.num_id, ref.ilvl < 0 ? 0 : ref.ilvl)) {
      out = std::move(*numbered);
    }
    read_runs(p, out.text, depth + 1);
    return out;
  }

  /// Paragraphs of a cell; a nested table's cells are read into it, row by row.
  void read_cell_content(const pugi::xml_node& parent, std::vector<Paragraph>& out, int depth) {
    deeper(depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (is(n, "p")) {
        out.push_back(read_paragraph(n, depth));
      } else if (is(n, "tbl")) {
        for_each_row(n, depth + 1, [&](const pugi::xml_node& tr) {
          for_each_cell(tr, depth + 1, [&](const pugi::xml_node& tc) { read_cell_content(tc, out, depth + 2); });
        });
      } else if (is(n, "sdt")) {
        read_cell_content(child(n, "sdtContent"), out, depth + 1);
      } else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo")) {
        read_cell_content(n, out, depth + 1);
      }
    }
  }

  template <typename F>
  void for_each_row(const pugi::xml_node& parent, int depth, const F& f) {
    deeper(depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (is(n, "tr")) {
        f(n);
      } else if (is(n, "sdt")) {
        for_each_row(child(n, "sdtContent"), depth + 1, f);
      } else if (is(n, "customXml") || is(n, "ins") || is(n, "moveTo")) {
        for_each_row(n, depth + 1, f);
      }
    }
  }

  template <typename F>
  void for_each_cell(const pugi::xml_node& parent, int depth, const F& f) {
    deeper(depth);
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (is(n, "tc")) {
        f(n);
      } else if (is(n, "sdt")) {
        for_each_cell(child(n, "sdtContent"), depth + 1, f);
      } else if (is(n, "customXml")) {
        for_each_cell(n, depth + 1, f);
      }
    }
  }

  Table read_table(const pugi::xml_node& tbl, int index, int depth) {
    TableBuilder builder(index, m_limits);
    int row_number = 0;
    const int max_span = m_limits.max_columns;
    for_each_row(tbl, depth, [&](const pugi::xml_node& tr) {
      pugi::xml_node trpr = child(tr, "trPr");
      bool header_present = false;
      std::string header = child_val(trpr, "tblHeader", "", &header_present);
      builder.start_row(SourcePos{0, ++row_number, 0}, header_present && header != "0" && header != "false");
      int col = docx::to_int(child_val(trpr, "gridBefore").c_str(), 0, max_span);
      for_each_cell(tr, depth + 1, [&](const pugi::xml_node& tc) {
        pugi::xml_node tcpr = child(tc, "tcPr");
        int span = std::max(1, docx::to_int(child_val(tcpr, "gridSpan", "1").c_str(), 1, max_span));
        bool vmerge = false;
        std::string vmerge_val = child_val(tcpr, "vMerge", "", &vmerge);
        bool hmerge_continue = child_val(tcpr, "hMerge") == "continue";
        if (vmerge && vmerge_val != "restart") {
          builder.continue_from_above(col, span);
        } else if (hmerge_continue && col > 0) {
          // The legacy horizontal merge: this cell belongs to the one on its left.
          builder.continue_from_left(col, span);
        } else {
          Cell cell;
          read_cell_content(tc, cell.paragraphs, depth + 2);
          builder.put(col, std::move(cell), span);
        }
        col += span;
      });
    });
    return builder.finish(m_doc.paragraphs.size());
  }

  docx::Numbering& m_numbering;
  const std::string& m_name;
  const ImportLimits& m_limits;
  Document m_doc;
};

}  // namespace

Document read_docx_parts(std::string document_xml, std::string numbering_xml, std::string styles_xml,
                         const std::string& name, const ImportLimits& limits) {
  docx::Numbering numbering;
  if (!numbering_xml.empty()) {
    numbering.load(numbering_xml, name + ": word/numbering.xml");
  }
  if (!styles_xml.empty()) {
    numbering.load_styles(styles_xml, name + ": word/styles.xml");
  }
  pugi::xml_document doc;
  docx::parse_part(doc, document_xml, name + ": word/document.xml");
  pugi::xml_node root = doc.document_element();
  std::string_view root_name = local_name(root);
  if (root_name == "workbook") {
    throw ImportError(trf("{} is an Excel workbook: copy the table and paste it (lplan import -), or save it as .html", name));
  }
  if (root_name == "presentation") {
    throw ImportError(trf("{} is a PowerPoint presentation, not a Word document", name));
  }
  if (root_name != "document") {
    throw ImportError(trf("{} is not a Word document (its main part is not w:document)", name));
  }
  pugi::xml_node body = child(root, "body");
  BodyReader reader(numbering, name, limits);
  return reader.read(body);
}

}  // namespace lplan::import
