/**
 * Publication and modification times from every source a page offers, reconciled. Machine stamps
 * (JSON-LD, `article:*` meta, `<time datetime>`) come first; the visible stamp in the byline area is
 * the check: a `Z` whose wall clock equals the visible local time is local time (fixed with the
 * outlet's zone), a visible date on another day wins, and a modified time before the published one
 * is dropped. Each such decision leaves a warning.
 */
import { formatStamp, instantOf, offsetMinutes, parseStamp, urlDate, wallClock, zoneForUrl, zoneOffset, type Stamp } from './dates.js';
import { readVisibleStamp, type VisibleStamp } from './visible-date.js';

export interface DateWarning {
  code: string;
  message: string;
}

export interface DateInputs {
  machinePublished: string[];
  machineModified: string[];
  /** Visible stamps of the byline area, in page order. */
  visible: string[];
  /** Short texts anywhere on the page (last resort for the date; computed only when needed). */
  pageStamps: string[] | (() => string[]);
  urls: (string | undefined)[];
}

export interface DateResult {
  published?: string;
  modified?: string;
  warnings: DateWarning[];
}

const minuteOf = (s: Stamp) => (s.time ?? '').slice(0, 5);

/** Give a stamp without an offset the outlet's offset, when its zone is known. */
function localize(s: Stamp, zone: string | null): Stamp {
  if (s.offset || !s.time || !zone) return s;
  const off = zoneOffset(zone, s);
  return off ? { ...s, offset: off } : s;
}

function bestMachine(values: string[], warnings: DateWarning[], visibleReader: (t: string) => VisibleStamp | null): Stamp | null {
  const stamps: Stamp[] = [];
  for (const v of values) {
    const s = parseStamp(v);
    if (s) stamps.push(s);
    else {
      // Prose where a machine stamp belongs (`الأربعاء، 07 أكتوبر 2020 - 12:09 م`): read it as a visible stamp.
      const vs = visibleReader(v);
      if (vs) {
        warnings.push({ code: 'W_HTML_DATE_PROSE', message: `machine date field holds text "${v}"` });
        stamps.push(vs.stamp);
      }
    }
  }
  if (!stamps.length) return null;
  // The first source wins, but a later one on the same day with more precision fills in the time.
  const head = stamps[0]!;
  if (head.time) return head;
  return stamps.find((s) => s.date === head.date && s.time) ?? head;
}

export function reconcileDates(input: DateInputs): DateResult {
  const warnings: DateWarning[] = [];
  const zone = input.urls.map((u) => zoneForUrl(u)).find(Boolean) ?? null;
  const machine = bestMachine(input.machinePublished, warnings, readVisibleStamp);
  let modified = bestMachine(input.machineModified, warnings, readVisibleStamp);
  let visible: VisibleStamp | null = null;
  for (const t of input.visible) {
    const v = readVisibleStamp(t);
    if (!v) continue;
    if (v.update) {
      if (!modified) modified = v.stamp;
      continue;
    }
    visible = v;
    break;
  }
  let published: Stamp | null = null;
  let fakeUtc = false;
  if (machine && visible) {
    const vs = visible.stamp;
    if (machine.offset && vs.time) {
      const vOff = vs.offset ?? (zone ? zoneOffset(zone, vs) : null);
      const seen = vOff ? wallClock(machine, vOff) : null;
      const utc = wallClock(machine, 'Z');
      if (seen && seen.date === vs.date && minuteOf(seen) === minuteOf(vs)) published = machine;
      else if (!vs.offset && offsetMinutes(machine.offset) === 0 && utc && utc.date === vs.date && minuteOf(utc) === minuteOf(vs) && vOff && offsetMinutes(vOff) !== 0) {
        published = { date: vs.date, time: machine.time!, offset: vOff };
        fakeUtc = true;
        warnings.push({ code: 'W_HTML_FAKE_UTC', message: `published time ${formatStamp(machine)} is local time marked as UTC; read as ${formatStamp(published)}` });
      } else if (!vOff && offsetMinutes(machine.offset) === 0 && utc && utc.date === vs.date && minuteOf(utc) === minuteOf(vs)) {
        published = { date: vs.date, time: machine.time! };
        warnings.push({ code: 'W_HTML_FAKE_UTC', message: `published time ${formatStamp(machine)} matches the visible local time; its zone is unknown` });
      } else {
        const mDate = (vOff ? wallClock(machine, vOff) : machine)?.date ?? machine.date;
        if (mDate !== vs.date) {
          published = localize(vs, zone);
          warnings.push({ code: 'W_HTML_DATE_CONFLICT', message: `metadata says ${formatStamp(machine)}, the page shows ${formatStamp(vs)}; the page is taken` });
        } else {
          published = machine;
          warnings.push({ code: 'W_HTML_DATE_CONFLICT', message: `metadata says ${formatStamp(machine)}, the page shows ${formatStamp(vs)} the same day; the metadata time is kept` });
        }
      }
    } else if (machine.date !== vs.date) {
      published = localize(vs, zone);
      warnings.push({ code: 'W_HTML_DATE_CONFLICT', message: `metadata says ${formatStamp(machine)}, the page shows ${formatStamp(vs)}; the page is taken` });
    } else {
      // Same day: the more precise of the two, with the outlet's offset when it has none.
      published = localize(machine.time ? machine : vs, zone);
    }
  } else if (machine) {
    published = localize(machine, zone);
  } else if (visible) {
    published = localize(visible.stamp, zone);
  }
  if (!published) {
    const fromUrl = input.urls.map((u) => urlDate(u)).find(Boolean);
    if (fromUrl) published = fromUrl;
  }
  if (!published) {
    const texts = typeof input.pageStamps === 'function' ? input.pageStamps() : input.pageStamps;
    for (const t of texts) {
      const v = readVisibleStamp(t);
      if (v && !v.update) {
        published = localize(v.stamp, zone);
        warnings.push({ code: 'W_HTML_DATE_WEAK', message: `publication date taken from page text "${t.slice(0, 80)}"` });
        break;
      }
    }
  }
  if (published && published.time && !published.offset) {
    warnings.push({ code: 'W_HTML_NO_OFFSET', message: `published time ${formatStamp(published)} has no known offset (local time)` });
  }
  // The same publisher mislabels its modified time the same way.
  if (modified && fakeUtc && modified.offset && offsetMinutes(modified.offset) === 0) {
    const { offset: _drop, ...wall } = modified;
    modified = wall;
  }
  if (modified) modified = localize(modified, zone);
  const result: DateResult = { warnings };
  if (published) result.published = formatStamp(published);
  if (modified && published) {
    const a = instantOf(published);
    const b = instantOf(modified);
    const earlier = a !== null && b !== null ? b < a : modified.date < published.date;
    if (earlier) {
      warnings.push({ code: 'W_HTML_MODIFIED_BEFORE_PUBLISHED', message: `modified ${formatStamp(modified)} is earlier than published ${result.published}; dropped` });
      modified = null;
    }
  }
  if (modified) result.modified = formatStamp(modified);
  return result;
}
