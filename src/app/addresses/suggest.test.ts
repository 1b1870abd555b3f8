import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import type { AddressesDeps } from './deps.js';
import { createAddressesService } from './index.js';
import { GeocoderUnavailable, type AddressSuggestion, type GeocodeOptions, type Geocoder, type GeocoderFailure } from './ports.js';

const suggestion = (label: string): AddressSuggestion => ({
  label,
  address: label,
  postcode: '91000',
  city: 'Évry-Courcouronnes',
  inseeCode: '91228',
  lat: 48.6243,
  lng: 2.4297,
  territory: 'metropole',
  timeZone: 'Europe/Paris',
  precision: 'municipality',
});

function recording(answer: (q: string) => AddressSuggestion[] | GeocoderFailure | Error) {
  const calls: { q: string; options: GeocodeOptions | undefined }[] = [];
  const geocoder: Geocoder = {
    async search(q, options) {
      calls.push({ q, options });
      const result = answer(q);
      if (typeof result === 'string') throw new GeocoderUnavailable(result);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { geocoder, calls };
}

function service(primary: Geocoder, fallback: Geocoder | null) {
  const warnings: unknown[] = [];
  const deps: AddressesDeps = {
    geocoder: primary,
    fallback,
    communes: { matchNames: async () => [], byPostcode: async () => [], search: async () => [] },
    log: { warn: (fields, message) => warnings.push({ fields, message }) },
  };
  return { addresses: createAddressesService(deps), warnings };
}

describe('suggestAddresses', () => {
  it('asks the geocoder with a clean query, the territory and a bounded limit', async () => {
    const primary = recording(() => [suggestion('12 Rue de la Paix')]);
    const { addresses } = service(primary.geocoder, null);
    expect(await addresses.suggestAddresses('  12\true de la   Paix ', { territory: 'martinique', limit: 99 })).toEqual({
      suggestions: [suggestion('12 Rue de la Paix')],
      degraded: false,
    });
    expect(primary.calls).toEqual([{ q: '12 rue de la Paix', options: { territory: 'martinique', limit: 20 } }]);
    await addresses.suggestAddresses('evry', {});
    expect(primary.calls[1]?.options).toEqual({ territory: undefined, limit: 8 });
  });

  it('answers nothing under 3 characters without asking', async () => {
    const primary = recording(() => []);
    const { addresses } = service(primary.geocoder, null);
    expect(await addresses.suggestAddresses(' ab  ', {})).toEqual({ suggestions: [], degraded: false });
    expect(primary.calls).toEqual([]);
  });

  it('falls back to the offline geocoder, degraded, warning with the failure kind only', async () => {
    const primary = recording(() => 'timeout');
    const offline = recording(() => [suggestion('12 rue des Lilas')]);
    const { addresses, warnings } = service(primary.geocoder, offline.geocoder);
    expect(await addresses.suggestAddresses('12 rue des Lilas Evry', { territory: 'metropole' })).toEqual({ suggestions: [suggestion('12 rue des Lilas')], degraded: true });
    expect(offline.calls).toEqual([{ q: '12 rue des Lilas Evry', options: { territory: 'metropole', limit: 8 } }]);
    expect(warnings).toEqual([{ fields: { geocoder: 'timeout' }, message: 'geocoder unavailable: offline fallback' }]);
    expect(JSON.stringify(warnings)).not.toContain('Lilas');
  });

  it('reports the service unavailable when there is no fallback, and lets other errors through', async () => {
    const { addresses } = service(recording(() => 'server_error').geocoder, null);
    await expect(addresses.suggestAddresses('12 rue des Lilas', {})).rejects.toEqual(new AppError('addresses.unavailable'));
    const broken = service(recording(() => new Error('bug')).geocoder, recording(() => []).geocoder);
    await expect(broken.addresses.suggestAddresses('12 rue des Lilas', {})).rejects.toThrow('bug');
  });
});
