// Document: word/document.xml built with pugixml, then packaged with the fixed parts.
#include "render/docx_document.hpp"

#include <numeric>
#include <pugixml.hpp>
#include <stdexcept>

#include "render/docx_parts.hpp"
#include "render/zip_package.hpp"
#include "text/unicode.hpp"

namespace lplan::render::docx {

namespace {

// A4 in twips (1/1440 inch; 1 cm = 567), margins: 2.5 cm left, 1.5 cm right, 2 cm
// top and bottom in portrait; 2 cm all round in landscape.
constexpr int k_a4_short = 11906;
constexpr int k_a4_long = 16838;
struct Margins {
  int top, right, bottom, left;
};
constexpr Margins k_portrait{1134, 850, 1134, 1418};
constexpr Margins k_landscape{1134, 1134, 1134, 1134};
constexpr const char* k_header_fill = "DCE6F0";

const char* style_id(Style s) {
  switch (s) {
    case Style::Normal:
      return "Normal";
    case Style::BodyText:
      return "BodyText";
    case Style::Title:
      return "Title";
    case Style::Subtitle:
      return "Subtitle";
    case Style::Heading1:
      return "Heading1";
    case Style::Heading2:
      return "Heading2";
    case Style::Heading3:
      return "Heading3";
    case Style::ListBullet:
      return "ListBullet";
    case Style::ListNumber:
      return "ListNumber";
    case Style::TableText:
      return "TableText";
    case Style::Note:
      return "Note";
    case Style::Caption:
      return "ActivityTitle";
  }
  return "Normal";
}

const char* jc_of(Align a) {
  switch (a) {
    case Align::Center:
      return "center";
    case Align::Right:
      return "right";
    case Align::Left:
      break;
  }
  return "left";
}

void val(pugi::xml_node node, const char* name, const char* value) {
  node.append_child(name).append_attribute("w:val") = value;
}

void add_run(pugi::xml_node p, const Run& r, bool force_bold) {
  pugi::xml_node run = p.append_child("w:r");
  bool bold = r.bold || force_bold;
  if (bold || r.italic || !r.color.empty() || r.half_points > 0) {
    pugi::xml_node pr = run.append_child("w:rPr");
    if (bold) {
      pr.append_child("w:b");
      pr.append_child("w:bCs");
    }
    if (r.italic) {
      pr.append_child("w:i");
      pr.append_child("w:iCs");
    }
    if (!r.color.empty()) {
      val(pr, "w:color", r.color.c_str());
    }
    if (r.half_points > 0) {
      pr.append_child("w:sz").append_attribute("w:val") = r.half_points;
      pr.append_child("w:szCs").append_attribute("w:val") = r.half_points;
    }
  }
  std::string safe = xml_safe(r.text);
  std::size_t start = 0;
  while (true) {
    std::size_t end = safe.find('\n', start);
    std::string piece = safe.substr(start, end == std::string::npos ? std::string::npos : end - start);
    pugi::xml_node t = run.append_child("w:t");
    t.append_attribute("xml:space") = "preserve";
    t.text() = piece.c_str();
    if (end == std::string::npos) {
      break;
    }
    run.append_child("w:br");
    start = end + 1;
  }
}

void add_paragraph(pugi::xml_node parent, const Paragraph& para, Style fallback, Align align, bool bold) {
  pugi::xml_node p = parent.append_child("w:p");
  pugi::xml_node pr = p.append_child("w:pPr");
  val(pr, "w:pStyle", style_id(para.style == Style::Normal ? fallback : para.style));
  if (para.keep_next) {
    pr.append_child("w:keepNext");
  }
  if (para.style == Style::ListNumber && para.list > 0) {
    pugi::xml_node num = pr.append_child("w:numPr");
    num.append_child("w:ilvl").append_attribute("w:val") = 0;
    num.append_child("w:numId").append_attribute("w:val") = para.list;
  }
  Align a = para.align.value_or(align);
  if (para.align || a != Align::Left) {
    val(pr, "w:jc", jc_of(a));
  }
  for (const auto& r : para.runs) {
    add_run(p, r, bold);
  }
}

void add_section_properties(pugi::xml_node parent, Orientation o) {
  bool landscape = o == Orientation::Landscape;
  const Margins& m = landscape ? k_landscape : k_portrait;
  pugi::xml_node s = parent.append_child("w:sectPr");
  pugi::xml_node footer = s.append_child("w:footerReference");
  footer.append_attribute("w:type") = "default";
  footer.append_attribute("r:id") = parts::k_footer_rel;
  pugi::xml_node size = s.append_child("w:pgSz");
  size.append_attribute("w:w") = landscape ? k_a4_long : k_a4_short;
  size.append_attribute("w:h") = landscape ? k_a4_short : k_a4_long;
  if (landscape) {
    size.append_attribute("w:orient") = "landscape";
  }
  pugi::xml_node mar = s.append_child("w:pgMar");
  mar.append_attribute("w:top") = m.top;
  mar.append_attribute("w:right") = m.right;
  mar.append_attribute("w:bottom") = m.bottom;
  mar.append_attribute("w:left") = m.left;
  mar.append_attribute("w:header") = 567;
  mar.append_attribute("w:footer") = 567;
  mar.append_attribute("w:gutter") = 0;
  s.append_child("w:cols").append_attribute("w:space") = 708;
  s.append_child("w:docGrid").append_attribute("w:linePitch") = 360;
}

void width(pugi::xml_node node, const char* name, int twips) {
  pugi::xml_node w = node.append_child(name);
  w.append_attribute("w:w") = twips;
  w.append_attribute("w:type") = "dxa";
}

}  // namespace

Run run(std::string text, bool bold) {
  return Run{std::move(text), bold, false, {}, 0};
}

Paragraph para(Style style, std::string text, bool bold) {
  Paragraph p;
  p.style = style;
  p.runs.push_back(run(std::move(text), bold));
  return p;
}

Cell cell(std::string text, bool bold) {
  Cell c;
  c.paragraphs.push_back(para(Style::TableText, std::move(text), bold));
  return c;
}

std::string xml_safe(std::string_view s) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    std::size_t end = s.find('\n', start);
    out += text::printable(
        s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) {
      break;
    }
    out += '\n';
    start = end + 1;
  }
  // U+FFFE and U+FFFF (EF BF BE / EF BF BF) are not XML characters.
  for (std::size_t at = out.find("\xEF\xBF"); at != std::string::npos; at = out.find("\xEF\xBF", at + 1)) {
    if (at + 2 < out.size() && (out[at + 2] == '\xBE' || out[at + 2] == '\xBF')) {
      out[at + 2] = '\xBD';  // U+FFFD
    }
  }
  return out;
}

struct Document::Impl {
  Lang lang;
  pugi::xml_document doc;
  pugi::xml_node body;
  Orientation orientation = Orientation::Portrait;
  int extra_lists = 0;
  bool packaged = false;
};

Document::Document(Lang lang) : m_impl(std::make_unique<Impl>()) {
  m_impl->lang = lang;
  pugi::xml_node root = m_impl->doc.append_child("w:document");
  root.append_attribute("xmlns:w") = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  root.append_attribute("xmlns:r") = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  m_impl->body = root.append_child("w:body");
}

Document::~Document() = default;

void Document::add(const Paragraph& paragraph) {
  add_paragraph(m_impl->body, paragraph, Style::Normal, Align::Left, false);
}

void Document::add(const Table& table) {
  if (table.columns.empty()) {
    return;
  }
  int total = text_width() * table.width_percent / 100;
  int weights = std::accumulate(table.columns.begin(), table.columns.end(), 0,
                                [](int sum, const Column& c) { return sum + std::max(c.weight, 1); });
  std::vector<int> widths;
  int used = 0;
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    int w =
        i + 1 == table.columns.size() ? total - used : total * std::max(table.columns[i].weight, 1) / weights;
    widths.push_back(w);
    used += w;
  }

  pugi::xml_node tbl = m_impl->body.append_child("w:tbl");
  pugi::xml_node pr = tbl.append_child("w:tblPr");
  if (table.borders) {
    val(pr, "w:tblStyle", "TableGrid");
  }
  width(pr, "w:tblW", total);
  pr.append_child("w:tblLayout").append_attribute("w:type") = "fixed";
  pugi::xml_node look = pr.append_child("w:tblLook");
  look.append_attribute("w:val") = table.header_rows > 0 ? "04A0" : "0400";
  look.append_attribute("w:firstRow") = table.header_rows > 0 ? 1 : 0;
  look.append_attribute("w:lastRow") = 0;
  look.append_attribute("w:firstColumn") = 0;
  look.append_attribute("w:lastColumn") = 0;
  look.append_attribute("w:noHBand") = 1;
  look.append_attribute("w:noVBand") = 1;
  pugi::xml_node grid = tbl.append_child("w:tblGrid");
  for (int w : widths) {
    grid.append_child("w:gridCol").append_attribute("w:w") = w;
  }

  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    bool header = static_cast<int>(r) < table.header_rows;
    // A row stays on one page (a title is not cut from its outcome); header rows repeat.
    pugi::xml_node tr = tbl.append_child("w:tr");
    pugi::xml_node trpr = tr.append_child("w:trPr");
    trpr.append_child("w:cantSplit");
    if (header) {
      trpr.append_child("w:tblHeader");
    }
    std::size_t column = 0;
    for (const Cell& c : table.rows[r]) {
      if (column >= widths.size()) {
        throw std::logic_error("docx table: a row has more cells than the table has columns");
      }
      std::size_t span =
          std::min<std::size_t>(static_cast<std::size_t>(std::max(c.span, 1)), widths.size() - column);
      int w = std::accumulate(widths.begin() + static_cast<std::ptrdiff_t>(column),
                              widths.begin() + static_cast<std::ptrdiff_t>(column + span), 0);
      pugi::xml_node tc = tr.append_child("w:tc");
      pugi::xml_node tcpr = tc.append_child("w:tcPr");
      width(tcpr, "w:tcW", w);
      if (span > 1) {
        tcpr.append_child("w:gridSpan").append_attribute("w:val") = static_cast<int>(span);
      }
      std::string fill = !c.fill.empty() ? c.fill : header && table.borders ? k_header_fill : "";
      if (!fill.empty()) {
        pugi::xml_node shd = tcpr.append_child("w:shd");
        shd.append_attribute("w:val") = "clear";
        shd.append_attribute("w:color") = "auto";
        shd.append_attribute("w:fill") = fill.c_str();
      }
      Align align = table.columns[column].align;
      if (c.paragraphs.empty()) {
        add_paragraph(tc, Paragraph{}, Style::TableText, align, false);
      }
      for (const auto& p : c.paragraphs) {
        add_paragraph(tc, p, Style::TableText, align, header);
      }
      column += span;
    }
  }
  // Two tables in a row would merge into one: a paragraph keeps them apart.
  pugi::xml_node gap = m_impl->body.append_child("w:p");
  val(gap.append_child("w:pPr"), "w:pStyle", "TableText");
}

void Document::new_section(Orientation orientation) {
  pugi::xml_node p = m_impl->body.append_child("w:p");
  pugi::xml_node pr = p.append_child("w:pPr");
  val(pr, "w:pStyle", "TableText");
  add_section_properties(pr, m_impl->orientation);
  m_impl->orientation = orientation;
}

int Document::new_numbered_list() {
  return 3 + m_impl->extra_lists++;
}

int Document::text_width() const {
  if (m_impl->orientation == Orientation::Landscape) {
    return k_a4_long - k_landscape.left - k_landscape.right;
  }
  return k_a4_short - k_portrait.left - k_portrait.right;
}

std::string Document::package(const DocumentInfo& info) {
  if (m_impl->packaged) {
    throw std::logic_error("docx: the document is already packaged");
  }
  m_impl->packaged = true;
  add_section_properties(m_impl->body, m_impl->orientation);
  ZipPackage zip(info.date);
  zip.add("[Content_Types].xml", parts::content_types());
  zip.add("_rels/.rels", parts::package_rels());
  zip.add("word/document.xml", parts::serialize(m_impl->doc));
  zip.add("word/_rels/document.xml.rels", parts::document_rels());
  zip.add("word/styles.xml", parts::styles(m_impl->lang));
  zip.add("word/settings.xml", parts::settings(m_impl->lang));
  zip.add("word/numbering.xml", parts::numbering(m_impl->extra_lists));
  zip.add("word/footer1.xml", parts::footer());
  zip.add("docProps/core.xml", parts::core(info, m_impl->lang));
  zip.add("docProps/app.xml", parts::app(info));
  return zip.finish();
}

}  // namespace lplan::render::docx
