/**
 * Offsets of the zones named in Arabic text (`بتوقيت مكة المكرمة`), from the rule table in
 * data/time/zones.json: standard offset, optional summer-time rule, optional Ramadan offset.
 * The rules simplify the IANA tz database (see data/time/SOURCE.md); transitions are compared in
 * local wall time, so the hour around a change may be given either offset.
 */
import { loadJson } from '../data/load.js';
import { daysFromCivil, nthWeekday, parseOffset } from './calendar.js';
import { daysToHijri } from './hijri.js';

interface DaySpec {
  month: number;
  day?: number;
  weekday?: number;
  nth?: number;
  shiftDays?: number;
  time: string;
}
interface Rule {
  from?: string;
  until?: string;
  std: string;
  ramadan?: string;
  dst?: { offset: string; start: DaySpec; end: DaySpec };
}
interface ZoneDef {
  id: string;
  names: string[];
  rules: Rule[];
}

let zones: Map<string, ZoneDef> | null = null;

function zoneMap(): Map<string, ZoneDef> {
  if (!zones) {
    const f = loadJson<{ zones: ZoneDef[] }>('time', 'zones.json');
    zones = new Map(f.zones.map((z) => [z.id, z]));
  }
  return zones;
}

export function isZone(id: string): boolean {
  return zoneMap().has(id);
}

function dayOf(s: string): number {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}

/** Local wall time (minutes since 1970-01-01 00:00 local) of a rule's transition in year y. */
function transition(spec: DaySpec, y: number): number | null {
  let z: number | null;
  if (spec.day !== undefined) z = daysFromCivil(y, spec.month, spec.day);
  else z = nthWeekday(y, spec.month, spec.weekday ?? 0, spec.nth ?? -1);
  if (z === null) return null;
  z += spec.shiftDays ?? 0;
  const [hh, mm] = spec.time.split(':').map(Number) as [number, number];
  return z * 1440 + hh * 60 + mm;
}

export interface ZoneOffset {
  /** Minutes east of UTC. */
  offset: number;
  /** True when the offset came from a summer-time or Ramadan rule. */
  seasonal: boolean;
}

/**
 * Offset of zone `id` at local date `days` (day number) and local minute-of-day `minute`;
 * null for an unknown zone.
 */
export function zoneOffset(id: string, days: number, minute = 12 * 60): ZoneOffset | null {
  const zone = zoneMap().get(id);
  if (!zone) return null;
  const rule = zone.rules.find((r) => (!r.from || days >= dayOf(r.from)) && (!r.until || days < dayOf(r.until)));
  if (!rule) return null;
  const std = parseOffset(rule.std) ?? 0;
  if (rule.ramadan && daysToHijri(days).m === 9) return { offset: parseOffset(rule.ramadan) ?? std, seasonal: true };
  if (rule.dst) {
    let y = 1970 + Math.floor(days / 365.2425);
    // correct the estimate around new year
    if (daysFromCivil(y, 1, 1) > days) y--;
    else if (daysFromCivil(y + 1, 1, 1) <= days) y++;
    const start = transition(rule.dst.start, y);
    const end = transition(rule.dst.end, y);
    const t = days * 1440 + minute;
    if (start !== null && end !== null) {
      const inDst = start < end ? t >= start && t < end : t >= start || t < end;
      if (inDst) return { offset: parseOffset(rule.dst.offset) ?? std, seasonal: true };
    }
  }
  return { offset: std, seasonal: false };
}
