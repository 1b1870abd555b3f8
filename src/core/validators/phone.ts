/** Territories with their own country code in the French numbering plan. */
export type PhoneRegion = 'FR' | 'GP' | 'GF' | 'MQ' | 'RE' | 'YT' | 'PM';

export interface NormalizedPhone {
  /** E.164, e.g. `+33612345678`, `+596696123456`, `+508551234`. */
  readonly e164: string;
  readonly region: PhoneRegion;
  /** A mobile number (can receive SMS). */
  readonly mobile: boolean;
}

interface OverseasPrefix {
  readonly region: Exclude<PhoneRegion, 'FR' | 'PM'>;
  readonly countryCode: string;
  readonly mobile: boolean;
}

/**
 * Overseas departments keep their national prefix after their own country code:
 * national `0696 12 34 56` is `+596 696 12 34 56`, never `+33 696…` (ARCEP plan).
 */
const overseasPrefixes: Readonly<Record<string, OverseasPrefix>> = {
  '590': { region: 'GP', countryCode: '590', mobile: false },
  '690': { region: 'GP', countryCode: '590', mobile: true },
  '691': { region: 'GP', countryCode: '590', mobile: true },
  '594': { region: 'GF', countryCode: '594', mobile: false },
  '694': { region: 'GF', countryCode: '594', mobile: true },
  '596': { region: 'MQ', countryCode: '596', mobile: false },
  '696': { region: 'MQ', countryCode: '596', mobile: true },
  '697': { region: 'MQ', countryCode: '596', mobile: true },
  '262': { region: 'RE', countryCode: '262', mobile: false },
  '692': { region: 'RE', countryCode: '262', mobile: true },
  '693': { region: 'RE', countryCode: '262', mobile: true },
  '269': { region: 'YT', countryCode: '262', mobile: false },
  '639': { region: 'YT', countryCode: '262', mobile: true },
};

/** Saint-Pierre-et-Miquelon: national `0508 xx xx xx` is `+508 xx xx xx` (6-digit subscriber number). */
const SPM_PREFIX = '508';
/** SPM mobile blocks (libphonenumber metadata; not confirmed by ARCEP). */
const spmMobile = /^(?:4[02-4]|5[056])/;

const countryCodes = ['590', '594', '596', '262', '508', '33'] as const;

/**
 * Normalises a French phone number (metropolitan or overseas) to E.164.
 * Accepts national forms with spaces, dots, dashes or slashes (`06 12 34 56 78`,
 * `0696.12.34.56`), international forms (`+33 6…`, `0033 6…`, `+596 696…`,
 * `+33 (0)6…`). Returns null for anything else: letters, wrong lengths, foreign
 * country codes, numbers starting `00` that are not French international forms.
 */
export function normalizePhone(input: string): NormalizedPhone | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s.\-/()]+$/.test(trimmed)) return null;
  const compact = trimmed.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');
  if (compact.startsWith('+')) return fromInternational(compact.slice(1));
  if (compact.startsWith('00')) return fromInternational(compact.slice(2));
  if (compact.startsWith('0')) return fromNational(compact);
  return null;
}

/** `digits` = country code + subscriber number, without `+` or `00`. */
function fromInternational(digits: string): NormalizedPhone | null {
  if (!/^\d+$/.test(digits)) return null;
  const countryCode = countryCodes.find((code) => digits.startsWith(code));
  if (!countryCode) return null;
  const rest = digits.slice(countryCode.length);
  if (countryCode === '33') {
    // "+33 06 12 34 56 78" is a common slip for "+33 6 12 34 56 78".
    const significant = rest.length === 10 && rest.startsWith('0') ? rest.slice(1) : rest;
    return fromNational(`0${significant}`);
  }
  if (countryCode === SPM_PREFIX) return rest.length === 6 ? fromNational(`0508${rest}`) : null;
  const prefix = overseasPrefixes[rest.slice(0, 3)];
  if (rest.length !== 9 || !prefix || prefix.countryCode !== countryCode) return null;
  return fromNational(`0${rest}`);
}

/** `national` = the 10-digit national form starting with `0`. */
function fromNational(national: string): NormalizedPhone | null {
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  const significant = national.slice(1);
  const head = significant.slice(0, 3);
  if (head === SPM_PREFIX) {
    const subscriber = significant.slice(3);
    return { e164: `+508${subscriber}`, region: 'PM', mobile: spmMobile.test(subscriber) };
  }
  const overseas = overseasPrefixes[head];
  if (overseas) return { e164: `+${overseas.countryCode}${significant}`, region: overseas.region, mobile: overseas.mobile };
  return { e164: `+33${significant}`, region: 'FR', mobile: /^(?:6|7[3-9])/.test(significant) };
}
