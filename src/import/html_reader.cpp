#include "import/html_reader.hpp"

#include <algorithm>
#include <cctype>

#include "import/encoding.hpp"
#include "import/html_parse.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::import {

namespace {

using html::attribute;

const GumboVector& children(const GumboNode* n) { return n->v.element.children; }

bool is_element(const GumboNode* n, GumboTag tag) { return n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == tag; }

int span_value(std::string_view s, int fallback, int max) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string_view::npos) {
    return fallback;
  }
  return std::min(std::stoi(std::string(s)), max);
}

/// The charset a page declares in <meta charset> or <meta http-equiv content="…; charset=…">.
std::string declared_charset(const GumboNode* head) {
  if (head == nullptr) {
    return {};
  }
  const GumboVector& kids = children(head);
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* n = static_cast<const GumboNode*>(kids.data[i]);
    if (!is_element(n, GUMBO_TAG_META)) {
      continue;
    }
    if (std::string_view c = attribute(n, "charset"); !c.empty()) {
      return std::string(c);
    }
    std::string content(attribute(n, "content"));
    std::transform(content.begin(), content.end(), content.begin(), [](unsigned char c) { return std::tolower(c); });
    if (auto at = content.find("charset="); at != std::string::npos) {
      std::string value = content.substr(at + 8);
      return value.substr(0, value.find_first_of("; \""));
    }
  }
  return {};
}

const GumboNode* find_head(const html::ParsedHtml& page) {
  const GumboNode* html_node = page.body()->parent;
  if (html_node == nullptr || html_node->type != GUMBO_NODE_ELEMENT) {
    return nullptr;
  }
  const GumboVector& kids = children(html_node);
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* n = static_cast<const GumboNode*>(kids.data[i]);
    if (is_element(n, GUMBO_TAG_HEAD)) {
      return n;
    }
  }
  return nullptr;
}

class HtmlReader {
public:
  explicit HtmlReader(const ImportLimits& limits) : m_limits(limits) {}

  Document read(const GumboNode* body) {
    m_doc.kind = SourceKind::Html;
    html::Walker walker;
    walker.set_table_sink(
        [](void* self, const GumboNode* table, std::size_t before) {
          static_cast<HtmlReader*>(self)->read_table(table, before);
        },
        this);
    walker.walk(body);
    for (auto& p : walker.paragraphs()) {
      m_doc.paragraphs.push_back(p.label.empty() || p.list == ListKind::Bullet ? p.text : p.label + " " + p.text);
    }
    return std::move(m_doc);
  }

private:
  struct RowNode {
    const GumboNode* tr;
    bool in_head;
  };

  void read_table(const GumboNode* table, std::size_t paragraphs_before) {
    std::vector<RowNode> rows;
    const GumboVector& kids = children(table);
    for (unsigned i = 0; i < kids.length; ++i) {
      auto* n = static_cast<const GumboNode*>(kids.data[i]);
      if (is_element(n, GUMBO_TAG_TR)) {
        rows.push_back({n, false});
      } else if (is_element(n, GUMBO_TAG_THEAD) || is_element(n, GUMBO_TAG_TBODY) || is_element(n, GUMBO_TAG_TFOOT)) {
        const GumboVector& group = children(n);
        for (unsigned j = 0; j < group.length; ++j) {
          auto* tr = static_cast<const GumboNode*>(group.data[j]);
          if (is_element(tr, GUMBO_TAG_TR)) {
            rows.push_back({tr, n->v.element.tag == GUMBO_TAG_THEAD});
          }
        }
      }
    }
    TableBuilder builder(static_cast<int>(m_doc.tables.size()) + 1, m_limits);
    std::vector<int> pending;  // rows still covered by a rowspan, per grid column
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const GumboNode* tr = rows[r].tr;
      std::vector<const GumboNode*> cells;
      bool all_th = true;
      const GumboVector& tds = children(tr);
      for (unsigned j = 0; j < tds.length; ++j) {
        auto* c = static_cast<const GumboNode*>(tds.data[j]);
        if (is_element(c, GUMBO_TAG_TD) || is_element(c, GUMBO_TAG_TH)) {
          cells.push_back(c);
          all_th = all_th && c->v.element.tag == GUMBO_TAG_TH;
        }
      }
      int line = static_cast<int>(tr->v.element.start_pos.line);
      builder.start_row(SourcePos{0, static_cast<int>(r) + 1, line}, rows[r].in_head || (all_th && !cells.empty()));
      for (std::size_t col = 0; col < pending.size(); ++col) {
        if (pending[col] > 0) {
          builder.continue_from_above(static_cast<int>(col));
          --pending[col];
        }
      }
      int rows_left = static_cast<int>(rows.size() - r);
      int col = 0;
      for (const GumboNode* c : cells) {
        while (builder.occupied(col)) {
          ++col;
        }
        int colspan = std::max(1, span_value(attribute(c, "colspan"), 1, m_limits.max_columns));
        colspan = std::min(colspan, std::max(1, m_limits.max_columns - col));
        int rowspan = span_value(attribute(c, "rowspan"), 1, 65534);
        rowspan = rowspan == 0 ? rows_left : std::clamp(rowspan, 1, rows_left);
        html::Walker cell_walker;
        cell_walker.walk(c);
        Cell cell;
        cell.paragraphs = std::move(cell_walker.paragraphs());
        builder.put(col, std::move(cell), colspan);
        if (rowspan > 1) {
          if (static_cast<int>(pending.size()) < col + colspan) {
            pending.resize(static_cast<std::size_t>(col + colspan), 0);
          }
          for (int k = col; k < col + colspan; ++k) {
            pending[static_cast<std::size_t>(k)] = std::max(pending[static_cast<std::size_t>(k)], rowspan - 1);
          }
        }
        col += colspan;
      }
    }
    m_doc.tables.push_back(builder.finish(paragraphs_before));
  }

  const ImportLimits& m_limits;
  Document m_doc;
};

/// How deep the page nests elements, counted roughly from its tags (elements whose
/// end tag may be left out, and void ones, do not count). gumbo spends time growing
/// with the square of the depth — a page nested 300,000 deep takes minutes — so a
/// page deeper than any real one is refused before it is parsed.
std::size_t nesting_depth(std::string_view html) {
  static constexpr std::string_view k_uncounted[] = {
      "p",  "li",  "td",   "th",   "tr",    "thead", "tbody", "tfoot",    "option", "dt",   "dd",   "colgroup",
      "caption", "head", "body", "html", "br", "img", "meta", "link", "hr", "input", "col", "wbr", "area",
      "base", "source", "track", "embed", "param"};
  std::size_t depth = 0;
  std::size_t deepest = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos && i + 1 < html.size(); i = html.find('<', i + 1)) {
    if (html.compare(i, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) {
        break;
      }
      i = end;
      continue;
    }
    bool closing = html[i + 1] == '/';
    std::size_t start = i + (closing ? 2 : 1);
    std::size_t end = start;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) {
      ++end;
    }
    if (end == start) {
      continue;
    }
    std::string tag(html.substr(start, end - start));
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return std::tolower(c); });
    if (std::find(std::begin(k_uncounted), std::end(k_uncounted), tag) != std::end(k_uncounted)) {
      continue;
    }
    std::size_t gt = html.find('>', end);
    bool self_closing = gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/';
    if (closing) {
      depth -= depth > 0 ? 1 : 0;
    } else if (!self_closing) {
      deepest = std::max(deepest, ++depth);
    }
  }
  return deepest;
}

constexpr std::size_t k_max_html_depth = 5000;

}  // namespace

Document read_html(std::string_view bytes, const std::string& name, const ImportLimits& limits) {
  Decoded decoded;
  if (text::find_invalid_utf8(bytes) && !(bytes.size() >= 2 && (bytes[0] == '\xFF' || bytes[0] == '\xFE'))) {
    // Not UTF-8: the page says what it is (Word saves Ukrainian pages in Windows-1251).
    html::ParsedHtml sniff(bytes);
    decoded = to_utf8(bytes, name, declared_charset(find_head(sniff)));
  } else {
    decoded = to_utf8(bytes, name);
  }
  if (nesting_depth(decoded.text) > k_max_html_depth) {
    throw ImportError(trf("{} nests its elements more than {} deep: not a page lplan will read", name,
                          k_max_html_depth));
  }
  html::ParsedHtml page(decoded.text);
  HtmlReader reader(limits);
  Document doc = reader.read(page.body());
  if (doc.tables.empty()) {
    throw ImportError(trf("{} has no table: lplan imports a plan kept as a table", name));
  }
  return doc;
}

std::vector<Paragraph> html_fragment_paragraphs(std::string_view utf8) {
  if (nesting_depth(utf8) > k_max_html_depth) {
    Paragraph p;
    p.text = std::string(utf8);  // kept as text, tags and all
    return {p};
  }
  html::ParsedHtml page(utf8);
  html::Walker walker;
  walker.walk(page.body());
  return std::move(walker.paragraphs());
}

bool has_html_markup(std::string_view text) {
  static constexpr std::string_view k_tags[] = {"p", "ul", "ol", "li", "br", "div", "span", "b", "i", "u",
                                                "em", "strong", "font", "a", "sup", "sub"};
  for (std::size_t at = text.find('<'); at != std::string_view::npos; at = text.find('<', at + 1)) {
    std::size_t i = at + 1;
    if (i < text.size() && text[i] == '/') {
      ++i;
    }
    std::size_t start = i;
    while (i < text.size() && ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z'))) {
      ++i;
    }
    if (i == start || i >= text.size() || (text[i] != '>' && text[i] != ' ' && text[i] != '/')) {
      continue;
    }
    std::string tag(text.substr(start, i - start));
    std::transform(tag.begin(), tag.end(), tag.begin(), [](unsigned char c) { return std::tolower(c); });
    if (std::find(std::begin(k_tags), std::end(k_tags), tag) != std::end(k_tags)) {
      return true;
    }
  }
  return false;
}

}  // namespace lplan::import
