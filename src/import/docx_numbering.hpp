// Word's list numbering (numbering.xml, ECMA-376 §17.9): the label of every numbered
// paragraph, as Word shows it («1.», «1.1.», «а)», «IV.»), and bullets.
//
// Counters belong to the abstract numbering a list instance (`w:num`) points at, so
// instances of one abstract numbering continue each other; an instance with a
// `w:startOverride` restarts its level where it is first used (as pandoc's reader
// does, see its issue #8367). A paragraph of a level resets the deeper levels.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "import/table.hpp"

namespace lplan::import::docx {

class Numbering {
public:
  /// Reads numbering.xml (consumed); an empty text gives no lists.
  void load(std::string& xml, const std::string& what);
  /// Reads styles.xml (consumed): the numbering that paragraph styles carry.
  void load_styles(std::string& xml, const std::string& what);

  /// Numbering of a paragraph: its own `w:numPr` (num_id may be empty, ilvl -1 when
  /// absent), else its style's.
  struct Ref {
    std::string num_id;
    int ilvl = -1;
  };
  Ref resolve(const std::string& style, Ref own) const;

  /// The label of the next paragraph of list `num_id` at `ilvl`; advances the counters.
  /// nullopt when the list is unknown or is numId 0 (no numbering).
  std::optional<Paragraph> next(const std::string& num_id, int ilvl);

private:
  struct Level {
    std::string format = "decimal";
    std::string text;
    int start = 1;
    int restart = -1;  ///< w:lvlRestart: -1 = after any shallower level, 0 = never
    bool legal = false;
    bool defined = false;
  };
  using Levels = std::array<Level, 9>;
  struct Instance {
    std::string abstract_id;
    std::array<std::optional<int>, 9> start_override;
    std::array<std::optional<Level>, 9> level_override;
  };
  struct Counters {
    std::array<int, 9> value{};
    std::array<bool, 9> started{};
  };
  struct Style {
    Ref numbering;
    std::string based_on;
  };

  std::map<std::string, Levels> m_abstract;
  std::map<std::string, Instance> m_instances;
  std::map<std::string, Counters> m_counters;       ///< by abstract numbering id
  std::set<std::pair<std::string, int>> m_restarted;  ///< (num id, level) whose override was applied
  std::map<std::string, Style> m_styles;
};

/// A number written in a Word numbering format: decimal, decimalZero, upperRoman,
/// lowerRoman, upperLetter, lowerLetter, russianUpper, russianLower (others: decimal).
std::string format_number(int value, const std::string& format);

}  // namespace lplan::import::docx
