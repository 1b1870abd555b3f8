import { searchKey } from '../../core/text.js';

/**
 * Reading a typed address for the offline geocoder: which words may name the
 * commune, which is the postcode, and what is left as the street line.
 */

/** One word of the query as typed, with its folded sub-words ("Évry-Courcouronnes" → evry, courcouronnes). */
export interface QueryToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly words: readonly string[];
  /** Digits only: a house number or a postcode, never part of a commune name. */
  readonly numeric: boolean;
  /** Which comma-separated part of the query the token is in. */
  readonly segment: number;
}

/** A run of tokens `[from, to]` read as (the start of) a commune name. */
export interface NameCandidate {
  readonly text: string;
  readonly from: number;
  readonly to: number;
}

const MAX_NAME_WORDS = 10;
const MAX_PREFIX_TOKENS = 5;
/** Words that cannot start a commune name on their own while the user is still typing the street. */
const connectors = new Set(['a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'sous', 'sur']);

/** Words after which a name belongs to the street ("rue de Paris"), not to the commune. */
const streetLinks = new Set(['d', 'de', 'des', 'du', 'l', 'la', 'le', 'les']);

/** True when the token before `from`, in the same comma-separated part, ends with "de", "du", "la"… */
export function afterStreetLink(tokens: readonly QueryToken[], from: number): boolean {
  const previous = tokens[from - 1];
  const current = tokens[from];
  if (!previous || !current || previous.segment !== current.segment) return false;
  return streetLinks.has(previous.words[previous.words.length - 1] ?? '');
}

/** `searchKey` plus the ligatures unaccent() also folds. */
export function foldName(value: string): string {
  return searchKey(value).replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export function tokenise(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let segment = 0;
  let previousEnd = 0;
  for (const match of query.matchAll(/[^\s,;]+/g)) {
    if (/[,;]/.test(query.slice(previousEnd, match.index))) segment++;
    previousEnd = match.index + match[0].length;
    const words = foldName(match[0]).split(' ').filter((w) => w !== '');
    if (words.length === 0) continue;
    tokens.push({ text: match[0], start: match.index, end: previousEnd, words, numeric: /^\d+$/.test(match[0]), segment });
  }
  return tokens;
}

/** Index of the last 5-digit token, or -1. */
export function postcodeIndex(tokens: readonly QueryToken[]): number {
  return tokens.findLastIndex((t) => /^\d{5}$/.test(t.text));
}

/** "st" / "ste" as whole words stand for "saint" / "sainte". */
function expand(words: readonly string[], keepLast: boolean): string {
  return words.map((w, i) => (keepLast && i === words.length - 1 ? w : w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w)).join(' ');
}

/** True when the run is a whole comma-separated part of the query (a postcode beside it aside). */
export function fillsSegment(tokens: readonly QueryToken[], run: { from: number; to: number }): boolean {
  const segment = tokens[run.from]?.segment;
  const outside = (t: QueryToken | undefined) => !t || t.segment !== segment || /^\d{5}$/.test(t.text);
  const before = tokens.slice(0, run.from).filter((t) => t.segment === segment);
  const after = tokens.slice(run.to + 1).filter((t) => t.segment === segment);
  return before.every(outside) && after.every(outside);
}

/** Every run of non-numeric tokens that could be a whole commune name. */
export function wholeNameCandidates(tokens: readonly QueryToken[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (let from = 0; from < tokens.length; from++) {
    const words: string[] = [];
    for (let to = from; to < tokens.length; to++) {
      const token = tokens[to];
      if (!token || token.numeric) break;
      words.push(...token.words);
      if (words.length > MAX_NAME_WORDS) break;
      candidates.push({ text: expand(words, false), from, to });
    }
  }
  return candidates;
}

/**
 * The last tokens (before a trailing postcode) read as the beginning of a
 * commune name, longest first: "12 rue de la Paix Evr" → "de la paix evr", …, "evr".
 */
export function trailingPrefixCandidates(tokens: readonly QueryToken[]): NameCandidate[] {
  let to = tokens.length - 1;
  if (to >= 0 && /^\d{5}$/.test(tokens[to]?.text ?? '')) to--;
  const candidates: NameCandidate[] = [];
  for (let from = to; from >= 0 && to - from < MAX_PREFIX_TOKENS; from--) {
    const run = tokens.slice(from, to + 1);
    if (run.some((t) => t.numeric)) break;
    const text = expand(run.flatMap((t) => t.words), true);
    const alone = from === 0;
    if (text.length < 3 && !alone) continue;
    if (!alone && run.length === 1 && connectors.has(text)) continue;
    if (afterStreetLink(tokens, from)) continue;
    candidates.push({ text, from, to });
  }
  return candidates.reverse();
}

/**
 * The street line: what was typed before the commune (and postcode), or after
 * them when they come first; separators trimmed, spaces collapsed.
 */
export function streetLine(query: string, tokens: readonly QueryToken[], anchor: { from: number; to: number }): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return '';
  let text = '';
  if (anchor.from > 0) {
    text = query.slice(first.start, tokens[anchor.from - 1]?.end ?? first.start);
  } else if (anchor.to < tokens.length - 1) {
    text = query.slice(tokens[anchor.to + 1]?.start ?? last.end, last.end);
  }
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '')
    .trim();
}
