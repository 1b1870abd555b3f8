import type { AddressSuggestion, GeocodeOptions, Geocoder, GeocoderFailure } from '../../app/addresses/index.js';
import { GeocoderUnavailable } from '../../app/addresses/index.js';
import type { Territory } from '../../core/territories.js';
import { addressFeatureSchema, featureCollectionSchema, toSuggestion } from './geoplateforme-response.js';

export interface GeoplateformeOptions {
  /** Base URL of the service, without `/search` (https://data.geopf.fr/geocodage). */
  readonly baseUrl: string;
  readonly timeoutMs: number;
  /** Results scoring below this (0–1) are dropped. */
  readonly minScore?: number;
  readonly userAgent?: string;
}

export const DEFAULT_MIN_SCORE = 0.4;
const DEFAULT_LIMIT = 5;
const MAX_BODY_BYTES = 2_000_000;
const USER_AGENT = 'Declic/0.1 (coordination des soins primaires)';

/** The département codes the service filters on for each overseas territory (`depcode`). */
const departementOf: Readonly<Partial<Record<Territory, string>>> = {
  guadeloupe: '971',
  martinique: '972',
  guyane: '973',
  reunion: '974',
  mayotte: '976',
};

/**
 * The national geocoder (IGN Géoplateforme `/geocodage/search`, the BAN
 * address index) used for autocomplete. A DROM is filtered by the service
 * (`depcode`) and every result is checked against the territory asked for.
 */
export class GeoplateformeGeocoder implements Geocoder {
  private readonly searchUrl: string;
  private readonly minScore: number;
  private readonly userAgent: string;

  constructor(private readonly options: GeoplateformeOptions) {
    this.searchUrl = `${options.baseUrl.replace(/\/+$/, '')}/search`;
    this.minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    this.userAgent = options.userAgent ?? USER_AGENT;
  }

  async search(query: string, options: GeocodeOptions = {}): Promise<AddressSuggestion[]> {
    // The service wants 3 to 200 characters starting with a letter or a digit.
    const q = query
      .replace(/\s+/g, ' ')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .trim()
      .slice(0, 200);
    if (q.length < 3) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    const body = await this.fetchJson(this.urlFor(q, limit, options.territory));
    return this.suggestionsOf(body, options.territory).slice(0, limit);
  }

  private urlFor(q: string, limit: number, territory: Territory | undefined): string {
    const params = new URLSearchParams({ q, limit: String(Math.min(50, limit + 5)), autocomplete: '1', index: 'address' });
    const departement = territory ? departementOf[territory] : undefined;
    if (departement) params.set('depcode', departement);
    return `${this.searchUrl}?${params.toString()}`;
  }

  /** Never lets the URL (it holds the query) reach an error message. */
  private async fetchJson(url: string): Promise<unknown> {
    let text: string;
    try {
      const response = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': this.userAgent },
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new GeocoderUnavailable(failureOfStatus(response.status));
      }
      if (Number(response.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) {
        await response.body?.cancel().catch(() => undefined);
        throw new GeocoderUnavailable('invalid_response');
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof GeocoderUnavailable) throw error;
      throw new GeocoderUnavailable(isTimeout(error) ? 'timeout' : 'network');
    }
    if (text.length > MAX_BODY_BYTES) throw new GeocoderUnavailable('invalid_response');
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new GeocoderUnavailable('invalid_response');
    }
  }

  /**
   * Valid features of the answer, above the score threshold and in the
   * territory. A malformed answer, or one whose features are all malformed
   * (the format changed), counts as unavailable.
   */
  private suggestionsOf(body: unknown, territory: Territory | undefined): AddressSuggestion[] {
    const collection = featureCollectionSchema.safeParse(body);
    if (!collection.success) throw new GeocoderUnavailable('invalid_response');
    const suggestions: AddressSuggestion[] = [];
    let valid = 0;
    const seen = new Set<string>();
    for (const raw of collection.data.features) {
      const feature = addressFeatureSchema.safeParse(raw);
      if (!feature.success) continue;
      const suggestion = toSuggestion(feature.data);
      if (!suggestion) continue;
      valid++;
      if (feature.data.properties.score < this.minScore) continue;
      if (territory && suggestion.territory !== territory) continue;
      const key = `${suggestion.inseeCode}|${suggestion.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      suggestions.push(suggestion);
    }
    if (valid === 0 && collection.data.features.length > 0) throw new GeocoderUnavailable('invalid_response');
    return suggestions;
  }
}

function failureOfStatus(status: number): GeocoderFailure {
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'server_error' : 'http_error';
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
