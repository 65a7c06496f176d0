// The public report as JSON: stable, language-neutral keys; dates ISO; states by key.
#include "render/json_writer.hpp"
#include "render/public_render.hpp"

namespace lplan::render {

namespace {

const char* state_key(report::PublicState s) {
  switch (s) {
    case report::PublicState::Done:
      return "done";
    case report::PublicState::InProgress:
      return "in-progress";
    case report::PublicState::Ahead:
      return "ahead";
    case report::PublicState::NotDone:
      return "not-done";
    case report::PublicState::Cancelled:
      return "cancelled";
    case report::PublicState::Postponed:
      return "postponed";
  }
  return "";
}

void date_field(JsonWriter& w, std::string_view key, const std::optional<Date>& date) {
  if (date) {
    w.field(key, date->iso());
  } else {
    w.field_null(key);
  }
}

void counts(JsonWriter& w, const report::PublicCount& c) {
  w.key("count");
  w.begin_object();
  w.field("total", c.total);
  w.field("done", c.done);
  w.field("in_progress", c.in_progress);
  w.field("ahead", c.ahead);
  w.field("not_done", c.not_done);
  w.field("cancelled", c.cancelled);
  w.field("postponed", c.postponed);
  w.field("percent_done", c.percent_done);
  w.end_object();
}

void items(JsonWriter& w, std::string_view key, const std::vector<report::PublicItem>& list) {
  w.key(key);
  w.begin_array();
  for (const auto& i : list) {
    w.begin_object();
    w.field("id", i.id);
    w.field("title", i.title);
    w.field("state", state_key(i.state));
    w.field("when", i.when);
    date_field(w, "deadline", i.deadline);
    date_field(w, "done", i.done);
    w.field("outcome", i.outcome);
    w.end_object();
  }
  w.end_array();
}

const char* block_key(report::IntroBlock::Kind k) {
  switch (k) {
    case report::IntroBlock::Kind::Paragraph:
      return "paragraph";
    case report::IntroBlock::Kind::Priorities:
      return "priorities";
    case report::IntroBlock::Kind::Tasks:
      return "tasks";
  }
  return "";
}

}  // namespace

void public_json(const report::PublicReport& r, std::ostream& out) {
  JsonWriter w(out);
  w.begin_object();
  w.field("organization", r.organization);
  w.field("subject", r.subject);
  w.field("year", r.year);
  w.field("as_of", r.as_of.iso());
  w.key("intro");
  w.begin_array();
  for (const auto& b : r.intro) {
    w.begin_object();
    w.field("kind", block_key(b.kind));
    if (b.kind == report::IntroBlock::Kind::Paragraph) {
      w.field("text", b.text);
    } else {
      w.field("announced", b.announced);
    }
    w.end_object();
  }
  w.end_array();
  w.string_array("priorities", r.priorities);
  w.string_array("tasks", r.tasks);
  w.key("directions");
  w.begin_array();
  for (const auto& d : r.directions) {
    w.begin_object();
    w.field("id", d.id);
    w.field("number", d.number);
    w.field("title", d.title);
    counts(w, d.count);
    w.key("goals");
    w.begin_array();
    for (const auto& g : d.goals) {
      w.begin_object();
      w.field("id", g.id);
      w.field("number", g.number);
      w.field("title", g.title);
      counts(w, g.count);
      items(w, "done", g.done);
      items(w, "in_progress", g.in_progress);
      items(w, "ahead", g.ahead);
      items(w, "not_done", g.not_done);
      w.end_object();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
  counts(w, r.total);
  w.field("head", r.head);
  w.field("head_title", r.head_title);
  w.end_object();
  w.finish();
}

}  // namespace lplan::render
