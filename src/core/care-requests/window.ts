import { addDays, isoWeekday, localDateTime } from './calendar.js';
import type { DaySegment } from './types.js';

const MINUTES_PER_DAY = 1440;
const MINUTE_MS = 60_000;

/** When care must start: a Date d'inter (`startOn`) or a Délai d'inter (`startWithinMinutes`), read in `timeZone`. */
export interface StartSpec {
  readonly startOn: string | null;
  readonly startWithinMinutes: number | null;
  readonly timeZone: string;
}

/**
 * The window in which care must start, as local days of `start.timeZone`.
 * A Date d'inter is that whole local day [0, 1440). A Délai d'inter runs from
 * `now` (to the minute) to now + délai on the local wall clock, cut at local
 * midnights: one segment per local day, the last one ending at the local minute
 * of the end (1440 when the end falls on midnight). Across a daylight-saving
 * change each day keeps every wall-clock minute the window went through. Empty
 * when neither is given.
 */
export function startWindow(start: StartSpec, now: Date): DaySegment[] {
  if (start.startOn !== null) return [{ date: start.startOn, weekday: isoWeekday(start.startOn), fromMinute: 0, toMinute: MINUTES_PER_DAY }];
  if (start.startWithinMinutes === null || start.startWithinMinutes <= 0) return [];
  const startMs = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const pieces = constantOffsetPieces(startMs, startMs + start.startWithinMinutes * MINUTE_MS, start.timeZone);
  return mergeByDate(pieces.flatMap(([from, to]) => pieceSegments(from, to, start.timeZone)));
}

/** Minutes the wall clock of `timeZone` is ahead of UTC at `ms` (a whole minute). */
function offsetAt(ms: number, timeZone: string): number {
  const local = localDateTime(new Date(ms), timeZone);
  return (Date.parse(`${local.date}T00:00:00Z`) + local.minute * MINUTE_MS - ms) / MINUTE_MS;
}

/** [from, to) cut at each change of UTC offset (found to the minute), so that each piece reads monotonically on the wall clock. */
function constantOffsetPieces(from: number, to: number, timeZone: string): [number, number][] {
  const offset = offsetAt(from, timeZone);
  if (to - from <= MINUTE_MS || offsetAt(to - MINUTE_MS, timeZone) === offset) return [[from, to]];
  let low = from;
  let high = to - MINUTE_MS;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(middle, timeZone) === offset) low = middle;
    else high = middle;
  }
  return [[from, high], ...constantOffsetPieces(high, to, timeZone)];
}

/** The local days of [from, to) under one UTC offset. */
function pieceSegments(from: number, to: number, timeZone: string): DaySegment[] {
  const first = localDateTime(new Date(from), timeZone);
  const last = localDateTime(new Date(to - MINUTE_MS), timeZone);
  const segments: DaySegment[] = [];
  for (let date = first.date; date <= last.date; date = addDays(date, 1)) {
    const fromMinute = date === first.date ? first.minute : 0;
    const toMinute = date === last.date ? last.minute + 1 : MINUTES_PER_DAY;
    segments.push({ date, weekday: isoWeekday(date), fromMinute, toMinute });
  }
  return segments;
}

/** One segment per date, covering every segment of that date, in date order. */
function mergeByDate(segments: readonly DaySegment[]): DaySegment[] {
  const byDate = new Map<string, DaySegment>();
  for (const segment of segments) {
    const seen = byDate.get(segment.date);
    byDate.set(
      segment.date,
      seen ? { ...seen, fromMinute: Math.min(seen.fromMinute, segment.fromMinute), toMinute: Math.max(seen.toMinute, segment.toMinute) } : segment,
    );
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
