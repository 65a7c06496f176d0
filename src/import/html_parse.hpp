// HTML parsed by gumbo (an HTML5 parser), internal to the import readers.
//
// gumbo allocates through an arena here, and the arena is freed at once: gumbo's own
// gumbo_destroy_output recurses once per nesting level, which a hostile page nested a
// million deep would overflow. Every walk of the tree below is iterative.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "import/table.hpp"

namespace lplan::import::html {

/// A parsed document; its nodes live as long as it does.
class ParsedHtml {
public:
  explicit ParsedHtml(std::string_view utf8);
  ~ParsedHtml();
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;

  /// The <body> element (gumbo always makes one).
  const GumboNode* body() const;

private:
  struct Arena;
  std::unique_ptr<Arena> m_arena;
  GumboOutput* m_output = nullptr;
};

/// Turns the content of an element into paragraphs: block elements (p, div, h1…,
/// tr, td…) end a paragraph, <br> is a soft break ('\n'), <li> is a list paragraph
/// (numbered in an <ol>, with its label); white space is collapsed except in <pre>;
/// script and style are skipped. Text directly inside a <ul>/<ol> (no <li>), as
/// Word's clipboard sometimes leaves it («<ul> - a - b»), is split at its dashes.
/// When `tables` is given, a <table> is not read into paragraphs but handed to it,
/// with the count of paragraphs before it.
class Walker {
public:
  using TableSink = void (*)(void* context, const GumboNode* table, std::size_t paragraphs_before);

  Walker() = default;
  void set_table_sink(TableSink sink, void* context) {
    m_sink = sink;
    m_context = context;
  }
  /// Walks the children of `node`, appending to paragraphs().
  void walk(const GumboNode* node);
  std::vector<Paragraph>& paragraphs() { return m_out; }

private:
  void enter(const GumboNode* node);
  void leave(const GumboNode* node);
  void text(std::string_view s);
  void flush();

  struct ListContext {
    bool ordered = false;
    int counter = 0;
    char type = '1';
    int open_items = 0;
  };
  TableSink m_sink = nullptr;
  void* m_context = nullptr;
  std::vector<Paragraph> m_out;
  std::string m_text;
  bool m_space = false;
  int m_pre = 0;
  std::vector<ListContext> m_lists;
  Paragraph m_item;       ///< the list paragraph the next text belongs to
  bool m_in_item = false;
};

/// The value of an attribute, or "" when absent.
std::string_view attribute(const GumboNode* node, const char* name);

}  // namespace lplan::import::html
