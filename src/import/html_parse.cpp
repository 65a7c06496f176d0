#include "import/html_parse.hpp"

#include <cstddef>
#include <cstring>

#include "import/docx_numbering.hpp"
#include "text/unicode.hpp"

namespace lplan::import::html {

/// A bump allocator: gumbo's frees are ignored and everything goes at once.
struct ParsedHtml::Arena {
  static constexpr std::size_t k_block = 1u << 20;
  std::vector<std::unique_ptr<std::byte[]>> blocks;
  std::byte* current = nullptr;
  std::size_t left = 0;

  void* allocate(std::size_t n) {
    n = (n + 15) & ~static_cast<std::size_t>(15);
    if (n > k_block / 4) {
      blocks.emplace_back(new std::byte[n]);
      return blocks.back().get();
    }
    if (n > left) {
      blocks.emplace_back(new std::byte[k_block]);
      current = blocks.back().get();
      left = k_block;
    }
    void* out = current;
    current += n;
    left -= n;
    return out;
  }
};

ParsedHtml::ParsedHtml(std::string_view utf8) : m_arena(std::make_unique<Arena>()) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = [](void* arena, std::size_t n) { return static_cast<Arena*>(arena)->allocate(n); };
  options.deallocator = [](void*, void*) {};
  options.userdata = m_arena.get();
  options.max_errors = 0;
  m_output = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
}

ParsedHtml::~ParsedHtml() = default;

const GumboNode* ParsedHtml::body() const {
  const GumboNode* root = m_output->root;
  const GumboVector& children = root->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    auto* n = static_cast<const GumboNode*>(children.data[i]);
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_BODY) {
      return n;
    }
  }
  return root;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) {
    return {};
  }
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a != nullptr ? std::string_view(a->value) : std::string_view{};
}

namespace {

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV:
    case GUMBO_TAG_P: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_OPTION:
      return true;
    default:
      return false;
  }
}

bool is_skipped(GumboTag tag) {
  return tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_TITLE ||
         tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH;
}

const GumboVector* children_of(const GumboNode* n) {
  if (n->type == GUMBO_NODE_DOCUMENT) {
    return &n->v.document.children;
  }
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
    return &n->v.element.children;
  }
  return nullptr;
}

std::string trim_paragraph(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' && (out.empty() || out.back() == '\n' || i + 1 == s.size() || s[i + 1] == '\n')) {
      continue;
    }
    out += c;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) {
    out.pop_back();
  }
  std::size_t start = out.find_first_not_of("\n ");
  return start == std::string::npos ? std::string() : out.substr(start);
}

/// «- a - b • c» → {a, b, c}: hyphens or bullets with blanks on both sides (or at the start).
std::vector<std::string> split_dashes(const std::string& s) {
  std::vector<std::string> items;
  std::u32string cps = text::decode(s);
  std::u32string cur;
  // Only a hyphen-minus or a bullet: en and em dashes are the text's own («соціально – економічної»).
  auto is_mark = [](char32_t c) { return c == U'-' || c == U'•' || c == U'·'; };
  auto is_blank = [](char32_t c) { return c == U' ' || c == U'\n' || c == U'\t'; };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    bool before = i == 0 || is_blank(cps[i - 1]);
    bool after = i + 1 < cps.size() && is_blank(cps[i + 1]);
    if (is_mark(cps[i]) && before && after) {
      items.push_back(trim_paragraph(text::encode(cur)));
      cur.clear();
      continue;
    }
    cur += cps[i];
  }
  items.push_back(trim_paragraph(text::encode(cur)));
  std::vector<std::string> out;
  for (auto& item : items) {
    if (!item.empty()) {
      out.push_back(std::move(item));
    }
  }
  return out;
}

std::string ordered_label(int n, char type) {
  switch (type) {
    case 'a': return docx::format_number(n, "lowerLetter") + ".";
    case 'A': return docx::format_number(n, "upperLetter") + ".";
    case 'i': return docx::format_number(n, "lowerRoman") + ".";
    case 'I': return docx::format_number(n, "upperRoman") + ".";
    default: return std::to_string(n) + ".";
  }
}

int to_number(std::string_view s, int fallback) {
  if (s.empty() || s.size() > 7 || s.find_first_not_of("0123456789") != std::string_view::npos) {
    return fallback;
  }
  return std::stoi(std::string(s));
}

}  // namespace

void Walker::walk(const GumboNode* root) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector* children = children_of(f.node);
    if (children == nullptr || f.next >= children->length) {
      if (stack.size() > 1) {
        leave(f.node);
      }
      stack.pop_back();
      continue;
    }
    auto* c = static_cast<const GumboNode*>(children->data[f.next++]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA) {
      text(c->v.text.text);
      continue;
    }
    if (c->type != GUMBO_NODE_ELEMENT && c->type != GUMBO_NODE_TEMPLATE) {
      continue;
    }
    GumboTag tag = c->v.element.tag;
    if (is_skipped(tag)) {
      continue;
    }
    if (tag == GUMBO_TAG_TABLE && m_sink != nullptr) {
      flush();
      m_sink(m_context, c, m_out.size());
      continue;
    }
    enter(c);
    stack.push_back({c, 0});
  }
  flush();
}

void Walker::enter(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BR) {
    m_text += '\n';
    m_space = false;
  } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
    flush();
    ListContext list;
    list.ordered = tag == GUMBO_TAG_OL;
    list.counter = to_number(attribute(node, "start"), 1) - 1;
    std::string_view type = attribute(node, "type");
    list.type = type.size() == 1 ? type[0] : '1';
    m_lists.push_back(list);
  } else if (tag == GUMBO_TAG_LI) {
    flush();
    m_item = Paragraph{};
    m_item.level = m_lists.empty() ? 0 : static_cast<int>(m_lists.size()) - 1;
    if (!m_lists.empty() && m_lists.back().ordered) {
      ListContext& list = m_lists.back();
      list.counter = to_number(attribute(node, "value"), list.counter + 1);
      m_item.list = ListKind::Numbered;
      m_item.label = ordered_label(list.counter, list.type);
    } else {
      m_item.list = ListKind::Bullet;
      m_item.label = "•";
    }
    if (!m_lists.empty()) {
      ++m_lists.back().open_items;
    }
    m_in_item = true;
  } else if (tag == GUMBO_TAG_PRE) {
    flush();
    ++m_pre;
  } else if (is_block(tag)) {
    flush();
  }
}

void Walker::leave(const GumboNode* node) {
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_LI) {
    flush();
    m_in_item = false;
    if (!m_lists.empty() && m_lists.back().open_items > 0) {
      --m_lists.back().open_items;
    }
  } else if (tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL) {
    flush();
    if (!m_lists.empty()) {
      m_lists.pop_back();
    }
  } else if (tag == GUMBO_TAG_PRE) {
    flush();
    --m_pre;
  } else if (is_block(tag)) {
    flush();
  }
}

void Walker::text(std::string_view s) {
  for (char c : s) {
    if (c == '\r') {
      continue;
    }
    if (m_pre == 0 && (c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
      m_space = true;
      continue;
    }
    if (m_space && !m_text.empty() && m_text.back() != '\n') {
      m_text += ' ';
    }
    m_space = false;
    m_text += c;
  }
}

void Walker::flush() {
  std::string t = trim_paragraph(m_text);
  m_text.clear();
  m_space = false;
  if (t.empty()) {
    return;
  }
  if (!m_lists.empty() && m_lists.back().open_items == 0) {
    for (auto& item : split_dashes(t)) {
      Paragraph p;
      p.text = std::move(item);
      p.list = ListKind::Bullet;
      p.level = static_cast<int>(m_lists.size()) - 1;
      p.label = "-";
      m_out.push_back(std::move(p));
    }
    return;
  }
  Paragraph p;
  if (m_in_item) {
    p = m_item;
    m_item = Paragraph{};  // a second paragraph of the item is plain text
  }
  p.text = std::move(t);
  m_out.push_back(std::move(p));
}

}  // namespace lplan::import::html
