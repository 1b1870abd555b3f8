import { describe, expect, it } from 'vitest';
import { isGsm7 } from './gsm7.js';
import { mask } from './http.js';

describe('isGsm7', () => {
  it('accepts the GSM basic set and its extension table', () => {
    expect(isGsm7('Évry : passage à 8h, prévoir 10 € [ok] {x} ~ | ^ \\\nMerci @ vous ; Ç è é ù ì ò ä ö ñ ü')).toBe(true);
  });

  it('refuses French letters and punctuation outside it, and emoji', () => {
    for (const text of ['ça', 'être', 'maïs', 'Œuvre', 'L’équipe', '« oui »', 'demande — urgente', 'ok 👍']) expect(isGsm7(text), text).toBe(false);
  });
});

describe('mask', () => {
  it('masks the message’s values and any phone-like run of digits, in every layout', () => {
    expect(mask("The 'To' number +33 6 12 34 56 78 is not valid", [])).toBe("The 'To' number […] is not valid");
    expect(mask('Invalid 0612345678, 06.12.34.56.78 and (0696) 123-456', [])).toBe('Invalid […], […] and […]');
    expect(mask('Soins à domicile refusés', ['Soins à domicile'])).toBe('[…] refusés');
  });

  it('keeps short codes, flattens control characters and caps the length', () => {
    expect(mask('Error 21211\r\n  see docs', [])).toBe('Error 21211 see docs');
    expect(mask('x'.repeat(500), [])).toHaveLength(160);
  });
});
