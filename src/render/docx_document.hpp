// A small WordprocessingML (.docx) writer: paragraphs in named styles, tables with
// fixed column widths, bulleted and numbered lists, portrait and landscape sections,
// and the package around them (styles, numbering, settings, a page-number footer,
// core and app properties). The XML is built with pugixml, which escapes every
// string; plan text is also made XML-safe (control characters replaced). The zip is
// written by minizip (render/zip_package.hpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "text/lang.hpp"

namespace lplan::render::docx {

/// The paragraph styles of the document (styles.xml defines each; Word and
/// LibreOffice list them under their usual names: "Title", "Heading 1", …).
enum class Style {
  Normal,
  BodyText,  ///< justified, first-line indent: the intro
  Title,
  Subtitle,
  Heading1,
  Heading2,
  Heading3,
  ListBullet,
  ListNumber,
  TableText,  ///< inside table cells: smaller, no spacing
  Note,       ///< small grey italic: legends and notes
  Caption,    ///< a bold line that stays with what follows (an activity's title)
};

enum class Align { Left, Center, Right };

/// A run of text with its character formatting.
struct Run {
  std::string text;  ///< any UTF-8; '\n' becomes a line break
  bool bold = false;
  bool italic = false;
  std::string color;    ///< "RRGGBB"; empty = automatic
  int half_points = 0;  ///< font size in half-points; 0 = the style's
};

struct Paragraph {
  Style style = Style::Normal;
  std::vector<Run> runs;
  std::optional<Align> align;  ///< none: the style's (in a table, the column's)
  bool keep_next = false;      ///< keep on the page with the next paragraph
  int list = 0;                ///< ListNumber: the list (Document::new_numbered_list); 0 = the default one
};

struct Cell {
  std::vector<Paragraph> paragraphs;  ///< TableText unless said otherwise; none = an empty cell
  int span = 1;                       ///< columns this cell covers
  std::string fill;                   ///< background "RRGGBB"; empty = none
};

struct Column {
  int weight = 1;  ///< share of the table's width
  Align align = Align::Left;
};

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
  int header_rows = 1;      ///< repeated at the top of every page; drawn bold on a shade
  bool borders = true;      ///< false: a layout table (the signature line)
  int width_percent = 100;  ///< of the text width
};

enum class Orientation { Portrait, Landscape };

/// What the package says about the document (docProps/core.xml, app.xml).
struct DocumentInfo {
  std::string title;
  std::string creator;  ///< the organization
  Date date;            ///< created/modified (at midnight UTC) and the zip entries' date
};

/// Convenience: one plain run.
Run run(std::string text, bool bold = false);
/// Convenience: a paragraph of one run.
Paragraph para(Style style, std::string text, bool bold = false);
/// Convenience: a cell of one paragraph of one run.
Cell cell(std::string text, bool bold = false);

class Document {
public:
  /// `lang` sets the document language (uk-UA / en-US) for spelling and hyphenation.
  explicit Document(Lang lang);
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  void add(const Paragraph& paragraph);
  void add(const Table& table);
  /// Ends the current section: what follows starts on a new page in `orientation`.
  void new_section(Orientation orientation);
  /// A numbered list that starts again at 1 (for ListNumber paragraphs).
  int new_numbered_list();
  /// The text width of the current section, in twips (1/1440 inch).
  int text_width() const;

  /// The .docx file: every part, zipped.
  std::string package(const DocumentInfo& info);

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

/// `s` made fit for XML text: control characters and the non-characters U+FFFE/U+FFFF
/// replaced (XML 1.0 cannot hold them, even escaped); newlines kept.
std::string xml_safe(std::string_view s);

}  // namespace lplan::render::docx
