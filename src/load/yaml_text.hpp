// Writing values as YAML text: the inverse of reading, for every command that writes
// plan files (set, done, add, new, import). A value is written plain when every YAML
// reader reads it back as the same string, else quoted; the result is checked by
// parsing it again (yaml-cpp) before it is returned. yaml-cpp stays inside src/load/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lplan::yaml_text {

enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal };

/// Where the scalar goes: a block value (`key: …`, `- …`) or inside `[…]` / `{…}`.
enum class Context { Block, Flow };

struct ScalarOptions {
  Context context = Context::Block;
  /// The style of the value being replaced (or of the neighbours): kept when the new
  /// value can be written in it.
  std::optional<Style> prefer;
  /// For a literal block (a multi-line text in block context): the indentation of its
  /// lines, in spaces (the key's indentation + 2).
  int indent = 2;
  /// The value is a YYYY-MM-DD date of a date field (`due`, `done`): written plain, as
  /// the plan format writes dates, although a YAML 1.1 reader would make it a date.
  bool date = false;
};

/// YAML text that reads back as exactly `value`, a string. Multi-line values become
/// a literal block (`|`, `|-`, `|+` followed by lines indented by `indent`, without a
/// final line break) in block context, a double-quoted string in flow context.
std::string scalar(std::string_view value, const ScalarOptions& options = {});

/// True when `value` may be written without quotes: not empty, no leading or trailing
/// blank, no leading indicator (`- ? : , [ ] { } # & * ! | > ' " % @` or a backtick,
/// nor «•», «–», «—»), no `: ` or ` #` inside, no line break or control character,
/// nothing a YAML 1.1 or 1.2 reader takes for null, a boolean, a number or a date
/// (`yes`, `no`, `~`, `1.10`, `2020-03-15`, `0x1F`, `1:20`), and in flow context none
/// of `, [ ] { } :`.
bool plain_ok(std::string_view value, Context context);

/// `"…"` with YAML escapes (`\"`, `\\`, `\n`, `\t`, `\xNN`, `\uNNNN`, `\N`, `\L`, `\P`).
std::string double_quoted(std::string_view value);

/// A flow list `[a, "b: c"]` of the items.
std::string flow_list(const std::vector<std::string>& items);

/// Whether the YAML text `yaml`, written as a value in `context`, reads back as the
/// string `value` (the check every writer runs before it returns).
bool reads_back(std::string_view yaml, std::string_view value, Context context);

/// The items of a value given on the command line for a list field: `[a, "b, c"]` in
/// YAML flow syntax gives several; anything else is one item, taken literally.
/// nullopt (with `error` set) when the `[…]` is not a flow list of texts.
std::optional<std::vector<std::string>> list_items_argument(std::string_view text, std::string& error);

}  // namespace lplan::yaml_text
