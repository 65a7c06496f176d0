#include "edit/change.hpp"

#include <fmt/format.h>

#include "load/yaml_text.hpp"
#include "text/i18n.hpp"
#include "text/unicode.hpp"

namespace lplan::edit {

std::vector<std::string> settable_fields() {
  std::vector<std::string> out;
  for (const auto& f : activity_fields()) {
    if (f.settable) {
      out.emplace_back(f.key);
    }
  }
  return out;
}

Change parse_change(std::string_view argument) {
  auto eq = argument.find('=');
  if (eq == std::string_view::npos || eq == 0) {
    throw EditError(trf("\"{}\" is not FIELD=VALUE: write for example status=done or outcome=\"Проведено\"",
                        text::printable(argument)));
  }
  Change c;
  std::string_view name = argument.substr(0, eq);
  if (name.ends_with('+')) {
    c.op = Op::Append;
    name.remove_suffix(1);
  } else if (name.ends_with('-')) {
    c.op = Op::Remove;
    name.remove_suffix(1);
  }
  c.value = std::string(argument.substr(eq + 1));
  std::string key = text::squeeze_spaces(name);
  auto fields = settable_fields();
  for (const auto& f : activity_fields()) {
    if (f.key == key) {
      c.field = &f;
    }
  }
  if (c.field == nullptr || !c.field->settable) {
    std::string message = c.field != nullptr && c.field->key == "id"
                              ? std::string(tr("the id of an activity cannot be changed with set"))
                              : trf("unknown field \"{}\"", text::printable(key));
    if (c.field == nullptr) {
      if (auto hint = text::did_you_mean(key, fields)) {
        message += trf(" — did you mean \"{}\"?", *hint);
      }
    }
    message += trf("\nfields: {}", fmt::join(fields, ", "));
    throw EditError(message);
  }
  bool list = is_list_kind(c.field->kind);
  if ((c.op == Op::Append || c.op == Op::Remove) && !list) {
    throw EditError(trf("{}{}= works on list fields only; \"{}\" holds one value: write {}=VALUE",
                        c.field->key, c.op == Op::Append ? "+" : "-", c.field->key, c.field->key));
  }
  if (c.op == Op::Set && c.value.empty()) {
    if (c.field->required) {
      throw EditError(trf("\"{}\" is required: an activity cannot do without it", c.field->key));
    }
    c.op = Op::Unset;
    return c;
  }
  if ((c.op == Op::Append || c.op == Op::Remove) && c.value.empty()) {
    throw EditError(trf("{}{}= needs a value: {}{}=TEXT", c.field->key, c.op == Op::Append ? "+" : "-", c.field->key,
                        c.op == Op::Append ? "+" : "-"));
  }
  if (list) {
    if (c.op == Op::Set) {
      std::string error;
      auto items = yaml_text::list_items_argument(c.value, error);
      if (!items) {
        throw EditError(trf("{}: {}", c.field->key, error));
      }
      c.items = std::move(*items);
    } else {
      c.items = {c.value};
    }
  }
  return c;
}

}  // namespace lplan::edit
