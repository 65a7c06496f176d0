#include "import/header_dictionary.hpp"

#include <utf8proc.h>

#include <array>

#include "text/unicode.hpp"

namespace lplan::import {

namespace {

struct Entry {
  const char* header;
  Field field;
};

// DESIGN §9's dictionary first, then other headers Ukrainian plans use, then English.
constexpr Entry k_entries[] = {
    {"№", Field::Id}, {"№ з/п", Field::Id}, {"№ п/п", Field::Id}, {"Номер", Field::Id}, {"No", Field::Id},
    {"Nr", Field::Id}, {"Number", Field::Id}, {"ID", Field::Id},
    {"Назва заходу", Field::Title}, {"Зміст роботи", Field::Title}, {"Тема заходу", Field::Title},
    {"Форма та назва заходу", Field::Title}, {"Види робіт", Field::Title}, {"Завдання", Field::Title},
    {"Назва заходів", Field::Title}, {"Назва", Field::Title}, {"Захід", Field::Title}, {"Заходи", Field::Title},
    {"Найменування заходу", Field::Title}, {"Найменування заходів", Field::Title}, {"Зміст заходу", Field::Title},
    {"Зміст заходів", Field::Title}, {"Зміст діяльності", Field::Title}, {"Форма роботи", Field::Title},
    {"Форми роботи", Field::Title}, {"Форма і назва заходу", Field::Title}, {"Назва та форма заходу", Field::Title},
    {"Тема", Field::Title}, {"Title", Field::Title}, {"Activity", Field::Title}, {"Activities", Field::Title},
    {"Event", Field::Title}, {"Task", Field::Title},
    {"Термін проведення", Field::When}, {"Термін виконання", Field::When}, {"Строк виконання", Field::When},
    {"Дата (і час) проведення", Field::When}, {"Час проведення", Field::When}, {"Термін", Field::When},
    {"Терміни", Field::When}, {"Терміни виконання", Field::When}, {"Терміни проведення", Field::When},
    {"Строк", Field::When}, {"Строки", Field::When}, {"Строки виконання", Field::When},
    {"Строк проведення", Field::When}, {"Дата", Field::When}, {"Дата проведення", Field::When},
    {"Дата та час проведення", Field::When}, {"Період", Field::When}, {"Період проведення", Field::When},
    {"Термін реалізації", Field::When}, {"Коли", Field::When}, {"When", Field::When}, {"Date", Field::When},
    {"Dates", Field::When}, {"Deadline", Field::When}, {"Timeframe", Field::When}, {"Period", Field::When},
    {"Відповідальні", Field::Responsible}, {"Відповідальний", Field::Responsible},
    {"Відповідальна особа", Field::Responsible}, {"Виконавці", Field::Responsible},
    {"Хто проводить", Field::Responsible}, {"Відповідальна", Field::Responsible},
    {"Відповідальні особи", Field::Responsible}, {"Виконавець", Field::Responsible},
    {"Відповідальні виконавці", Field::Responsible}, {"Хто відповідає", Field::Responsible},
    {"Організатори", Field::Responsible}, {"Організатор", Field::Responsible}, {"Responsible", Field::Responsible},
    {"Owner", Field::Responsible}, {"Who", Field::Responsible},
    {"Вплив", Field::Audience}, {"Для кого", Field::Audience}, {"Цільова аудиторія", Field::Audience},
    {"Запрошені", Field::Audience}, {"Аудиторія", Field::Audience}, {"Цільова група", Field::Audience},
    {"Учасники", Field::Audience}, {"Категорія учасників", Field::Audience},
    {"Читацьке призначення", Field::Audience}, {"Audience", Field::Audience}, {"Target group", Field::Audience},
    {"Participants", Field::Audience},
    {"Ресурси", Field::Resources}, {"Партнери", Field::Resources}, {"Фінансування", Field::Resources},
    {"Джерело фінансування", Field::Resources}, {"Джерела фінансування", Field::Resources},
    {"Партнер", Field::Resources}, {"Ресурсне забезпечення", Field::Resources}, {"Resources", Field::Resources},
    {"Partners", Field::Resources}, {"Funding", Field::Resources},
    {"Місце проведення", Field::Place}, {"Місце", Field::Place}, {"Place", Field::Place}, {"Venue", Field::Place},
    {"Location", Field::Place}, {"Where", Field::Place},
    {"Зміст", Field::Details}, {"Форма проведення", Field::Details}, {"Опис", Field::Details},
    {"Форма", Field::Details}, {"Details", Field::Details}, {"Description", Field::Details},
    {"Примітка", Field::Notes}, {"Примітки", Field::Notes}, {"Відмітка про виконання", Field::Notes},
    {"Коментар", Field::Notes}, {"Notes", Field::Notes}, {"Note", Field::Notes}, {"Comments", Field::Notes},
    {"Remarks", Field::Notes},
};

constexpr std::array<std::pair<Field, const char*>, 11> k_keys = {{
    {Field::Id, "id"}, {Field::Title, "title"}, {Field::Details, "details"}, {Field::Audience, "audience"},
    {Field::When, "when"}, {Field::Responsible, "responsible"}, {Field::Resources, "resources"},
    {Field::Place, "place"}, {Field::Notes, "notes"}, {Field::Tags, "tags"}, {Field::Outcome, "outcome"},
}};

struct Token {
  std::string word;
  bool abbreviated = false;  ///< a full stop follows it
};

bool is_cyrillic(char32_t c) { return c >= 0x400 && c <= 0x52F; }

/// A Latin letter that looks like a Cyrillic one, as the Cyrillic one (after folding).
char32_t cyrillic_look_alike(char32_t c) {
  switch (c) {
    case U'a': return U'а';
    case U'b': return U'в';
    case U'c': return U'с';
    case U'e': return U'е';
    case U'h': return U'н';
    case U'i': return U'і';
    case U'k': return U'к';
    case U'm': return U'м';
    case U'o': return U'о';
    case U'p': return U'р';
    case U't': return U'т';
    case U'x': return U'х';
    case U'y': return U'у';
    default: return c;
  }
}

bool is_word_char(char32_t c) {
  if (c == U'№' || c == U'\'' || c == U'’' || c == U'ʼ') {
    return true;
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_MN ||
         cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND;
}

std::vector<Token> tokens(std::string_view header, bool drop_parentheses) {
  std::u32string s = text::decode(text::fold(header));
  std::u32string joined;
  int depth = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c == 0xAD || c == 0x200B || c == 0xFEFF) {
      continue;
    }
    // «Відпові-\nдальні»: a word broken at a hyphen and a line break is one word.
    if ((c == U'-' || c == 0x2010) && i + 1 < s.size()) {
      std::size_t j = i + 1;
      while (j < s.size() && (s[j] == U' ' || s[j] == U'\t')) {
        ++j;
      }
      if (j < s.size() && (s[j] == U'\n' || s[j] == U'\r')) {
        i = j;
        continue;
      }
    }
    if (drop_parentheses && (c == U'(' || c == U')')) {
      depth += c == U'(' ? 1 : (depth > 0 ? -1 : 0);
      joined += U' ';
      continue;
    }
    if (depth == 0) {
      joined += c;
    }
  }
  std::vector<Token> out;
  std::u32string word;
  auto finish = [&](bool stop) {
    if (word.empty()) {
      return;
    }
    bool cyrillic = false;
    for (char32_t c : word) {
      cyrillic = cyrillic || is_cyrillic(c);
    }
    if (cyrillic) {
      for (char32_t& c : word) {
        c = cyrillic_look_alike(c);
      }
    }
    for (char32_t& c : word) {
      if (c == U'’' || c == U'ʼ') {
        c = U'\'';
      }
    }
    out.push_back({text::encode(word), stop});
    word.clear();
  };
  for (char32_t c : joined) {
    if (c == U'№') {
      finish(false);
      word.push_back(U'№');  // finish() left it empty
      finish(false);
    } else if (is_word_char(c)) {
      word += c;
    } else {
      finish(c == U'.');
    }
  }
  finish(false);
  return out;
}

/// How well `header` matches `entry`: the number of entry words matched (0 = no match),
/// doubled, plus one when the header has nothing more.
int score(const std::vector<Token>& header, const std::vector<Token>& entry) {
  if (entry.empty() || header.size() < entry.size()) {
    return 0;
  }
  for (std::size_t i = 0; i < entry.size(); ++i) {
    const std::string& h = header[i].word;
    const std::string& e = entry[i].word;
    bool abbreviation = header[i].abbreviated && h.size() >= 2 && h.size() < e.size() && e.compare(0, h.size(), h) == 0;
    if (h != e && !abbreviation) {
      return 0;
    }
  }
  return static_cast<int>(entry.size()) * 2 + (header.size() == entry.size() ? 1 : 0);
}

std::string join(const std::vector<Token>& ts) {
  std::string out;
  for (const auto& t : ts) {
    out += (out.empty() ? "" : " ") + t.word;
  }
  return out;
}

}  // namespace

const char* field_key(Field field) {
  for (auto [f, key] : k_keys) {
    if (f == field) {
      return key;
    }
  }
  return "notes";
}

std::optional<Field> parse_field(std::string_view key) {
  for (auto [f, k] : k_keys) {
    if (key == k) {
      return f;
    }
  }
  return std::nullopt;
}

std::vector<std::string> field_keys() {
  std::vector<std::string> out;
  for (auto [f, k] : k_keys) {
    out.emplace_back(k);
  }
  return out;
}

std::string normalise_header(std::string_view header) { return join(tokens(header, false)); }

std::optional<Field> match_header(std::string_view header) {
  std::string trimmed = text::squeeze_spaces(header);
  if (trimmed == "#") {
    return Field::Id;
  }
  static const std::vector<std::pair<std::vector<Token>, Field>> k_dictionary = [] {
    std::vector<std::pair<std::vector<Token>, Field>> out;
    for (const auto& e : k_entries) {
      out.emplace_back(tokens(e.header, false), e.field);
      out.emplace_back(tokens(e.header, true), e.field);
    }
    return out;
  }();
  int best = 0;
  std::optional<Field> field;
  for (bool drop : {false, true}) {
    std::vector<Token> h = tokens(header, drop);
    for (const auto& [entry, f] : k_dictionary) {
      if (int s = score(h, entry); s > best) {
        best = s;
        field = f;
      }
    }
  }
  return field;
}

bool header_matches_key(std::string_view header, int column, std::string_view key) {
  if (!key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos && key.size() < 5) {
    return std::stoi(std::string(key)) == column;
  }
  std::string k = normalise_header(key);
  return !k.empty() && k == normalise_header(header);
}

}  // namespace lplan::import
