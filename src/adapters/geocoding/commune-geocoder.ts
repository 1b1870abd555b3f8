import type { AddressSuggestion, CommuneDirectory, CommuneRecord, GeocodeOptions, Geocoder } from '../../app/addresses/index.js';
import { territoryOfCode, territoryTimeZone, type Territory } from '../../core/territories.js';
import { afterStreetLink, fillsSegment, foldName, postcodeIndex, streetLine, tokenise, trailingPrefixCandidates, wholeNameCandidates, type QueryToken } from './offline-query.js';

const DEFAULT_LIMIT = 5;
/** Communes read per query: every homonym of a whole name, and the first ones of a prefix. */
const SCAN_LIMIT = 100;

/** The communes found in a query, and which tokens named them. */
interface Found {
  readonly communes: readonly CommuneRecord[];
  readonly from: number;
  readonly to: number;
}

/**
 * The offline geocoder, from the commune table: finds the commune in what was
 * typed (its whole name, the beginning of it at the end of the query, or a
 * postcode) and suggests the typed street line in that commune, placed at the
 * commune centre (precision `municipality`); the communes themselves when only
 * a commune was typed. Never calls out of the process.
 */
export class CommuneGeocoder implements Geocoder {
  constructor(private readonly communes: CommuneDirectory) {}

  async search(query: string, options: GeocodeOptions = {}): Promise<AddressSuggestion[]> {
    const q = query.replace(/\s+/g, ' ').trim().slice(0, 200);
    if (q.length < 3) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    const tokens = tokenise(q);
    const postcodeAt = postcodeIndex(tokens);
    const postcode = postcodeAt >= 0 ? tokens[postcodeAt]?.text : undefined;
    const found =
      (postcode ? await this.inPostcode(tokens, postcode, postcodeAt, options.territory) : null) ??
      (await this.byName(tokens, options.territory));
    if (!found || found.communes.length === 0) return [];
    const anchor = postcodeAt >= 0 ? { from: Math.min(found.from, postcodeAt), to: Math.max(found.to, postcodeAt) } : found;
    const street = streetLine(q, tokens, anchor);
    return found.communes.flatMap((c) => suggestionsOf(c, street, postcode)).slice(0, limit);
  }

  /**
   * By name: the beginning of a commune name when the whole query is one, else
   * a whole name filling a comma-separated part or ending the query (not right
   * after "de", "la"…: "rue de Paris" is a street), else the
   * beginning of a name being typed at the end, else a whole name starting the
   * query ("Massy 3 avenue de Paris"). A name inside the street is not taken
   * for the commune ("12 rue de Paris" alone finds nothing).
   */
  private async byName(tokens: readonly QueryToken[], territory: Territory | undefined): Promise<Found | null> {
    const prefixes = trailingPrefixCandidates(tokens);
    const names = wholeNameCandidates(tokens);
    const rows = await this.communes.matchNames({ names: names.map((n) => n.text), prefixes: prefixes.map((p) => p.text), territory, limit: SCAN_LIMIT });
    const end = prefixes[0]?.to ?? tokens.length - 1;
    const whole = prefixes[0]?.from === 0 ? prefixes[0] : undefined;
    // Rows come whole names first, then by prefix: each filter keeps that order.
    const byPrefix = (index: number) => rows.filter((r) => r.prefix === index);
    if (whole && rows.some((r) => r.prefix === 0)) return { communes: byPrefix(0), from: whole.from, to: whole.to };
    const ranked = rows
      .flatMap((commune) => {
        const name = commune.wholeName === null ? undefined : names[commune.wholeName];
        return name ? [{ commune, name, fills: fillsSegment(tokens, name) }] : [];
      })
      .sort((a, b) => Number(b.fills) - Number(a.fills) || b.name.to - a.name.to || b.name.text.length - a.name.text.length);
    const named = ranked.find((r) => r.fills || (r.name.to === end && !afterStreetLink(tokens, r.name.from)));
    if (named) return pick(ranked, named.name);
    const partials = rows.map((r) => r.prefix).filter((p): p is number => p !== null && (!whole || p > 0));
    const partial = partials.length > 0 ? Math.min(...partials) : undefined;
    const prefix = partial === undefined ? undefined : prefixes[partial];
    if (partial !== undefined && prefix) return { communes: byPrefix(partial), from: prefix.from, to: prefix.to };
    const first = ranked.find((r) => r.name.from === 0);
    return first ? pick(ranked, first.name) : null;
  }

  /** With a known postcode: its communes, narrowed to those whose name was typed too; null when no commune has it. */
  private async inPostcode(tokens: readonly QueryToken[], postcode: string, at: number, territory: Territory | undefined): Promise<Found | null> {
    const communes = await this.communes.byPostcode(postcode, { territory });
    if (communes.length === 0) return null;
    const named = communes.flatMap((commune) => {
      const span = typedName(tokens, foldName(commune.name));
      return span ? [{ commune, span }] : [];
    });
    if (named.length === 0) return { communes, from: at, to: at };
    const from = Math.min(...named.map((n) => n.span.from));
    const to = Math.max(...named.map((n) => n.span.to));
    return { communes: named.map((n) => n.commune), from, to };
  }
}

function pick(ranked: readonly { commune: CommuneRecord; name: { from: number; to: number } }[], best: { from: number; to: number }): Found {
  const communes = ranked.filter((r) => r.name.from === best.from && r.name.to === best.to).map((r) => r.commune);
  return { communes, from: best.from, to: best.to };
}

/** Where the tokens spell `name` whole, or its beginning at the end of the query; null when they do not. */
function typedName(tokens: readonly QueryToken[], name: string): { from: number; to: number } | null {
  const candidates = [...wholeNameCandidates(tokens).filter((c) => c.text === name), ...trailingPrefixCandidates(tokens).filter((c) => name.startsWith(c.text))];
  return candidates[0] ?? null;
}

/** One suggestion per postcode of the commune (only the typed one when it has it). */
function suggestionsOf(commune: CommuneRecord, street: string, typedPostcode: string | undefined): AddressSuggestion[] {
  const postcodes = typedPostcode && commune.postcodes.includes(typedPostcode) ? [typedPostcode] : commune.postcodes;
  const territory = territoryOfCode(commune.inseeCode);
  return postcodes.map((postcode) => ({
    label: street ? `${street}, ${postcode} ${commune.name}` : `${postcode} ${commune.name}`,
    address: street || commune.name,
    postcode,
    city: commune.name,
    inseeCode: commune.inseeCode,
    lat: commune.lat,
    lng: commune.lng,
    territory,
    timeZone: territoryTimeZone[territory],
    precision: 'municipality' as const,
  }));
}
