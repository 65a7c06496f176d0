// Parses lplan's iCalendar output with ical.js (a real client) and checks it
// against the JSON export of the same plan: every event all-day, one per run of
// scheduled months with an exclusive end, Cyrillic summaries intact.
// Usage: node ics_check.mjs FILE.ics FILE.json EXPECTED_EVENT_COUNT
// ical.js is loaded from $LPLAN_CLIENTS_DIR/node_modules (see lib.sh).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.LPLAN_CLIENTS_DIR, 'package.json'));
const ICAL = require('ical.js');

const [icsPath, jsonPath, expectedCount] = process.argv.slice(2);
const text = readFileSync(icsPath, 'utf8');
const plan = JSON.parse(readFileSync(jsonPath, 'utf8'));
let failures = 0;
const check = (ok, what) => {
  if (!ok) {
    console.error(`FAIL: ${what}`);
    failures += 1;
  }
};

check(/\r\n$/.test(text) && !/[^\r]\n/.test(text), 'every line ends with CRLF');
for (const line of text.split('\r\n')) {
  check(Buffer.byteLength(line, 'utf8') <= 75, `line longer than 75 octets: ${line}`);
}

const cal = new ICAL.Component(ICAL.parse(text));
check(cal.getFirstPropertyValue('version') === '2.0', 'VERSION:2.0');
check(!!cal.getFirstPropertyValue('prodid'), 'PRODID present');
const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
check(events.length === Number(expectedCount), `${events.length} events, expected ${expectedCount}`);

const byId = new Map(plan.activities.map((a) => [a.id, a]));
const covered = new Map();
const uids = new Set();
for (const ev of events) {
  const m = /^(\d{4})-(.+)-(\d+|due)@([a-z0-9-]+)$/.exec(ev.uid);
  check(m !== null, `UID shape: ${ev.uid}`);
  check(!uids.has(ev.uid), `UID unique: ${ev.uid}`);
  uids.add(ev.uid);
  if (!m) continue;
  const activity = byId.get(m[2]);
  check(activity !== undefined, `UID names a known activity: ${ev.uid}`);
  check(ev.startDate.isDate && ev.endDate.isDate, `all-day: ${ev.uid}`);
  check(ev.endDate.compare(ev.startDate) > 0, `end after start: ${ev.uid}`);
  check(ev.startDate.year === plan.year, `in the plan year: ${ev.uid}`);
  if (!activity || m[3] === 'due') continue;
  check(ev.summary === activity.title, `summary is the title: ${ev.uid}: ${ev.summary}`);
  // A run: the first day of a month to the first day of the month after the run.
  check(ev.startDate.day === 1 && ev.endDate.day === 1, `whole months: ${ev.uid}`);
  const months = covered.get(activity.id) ?? [];
  const end = ev.endDate.year > plan.year ? 13 : ev.endDate.month;
  for (let month = ev.startDate.month; month < end; month += 1) months.push(month);
  covered.set(activity.id, months);
}
for (const a of plan.activities) {
  const got = (covered.get(a.id) ?? []).sort((x, y) => x - y).join(',');
  check(got === a.months.join(','), `activity ${a.id}: months ${got}, plan says ${a.months.join(',')}`);
}
check(events.some((ev) => /[А-Яа-яЄєІіЇїҐґ]/.test(ev.summary)), 'Cyrillic summaries survive');

if (failures > 0) {
  process.exit(1);
}
console.log(`ical.js: ${events.length} events, months match the plan, ${uids.size} unique UIDs`);
