import { describe, expect, it } from 'vitest';
import { hashToken, normaliseIdentifiant, randomToken, safeEqual, sign } from './tokens.js';

describe('tokens', () => {
  it('draws 32 random bytes, base64url', () => {
    const a = randomToken();
    expect(a).toMatch(/^[\w-]{43}$/);
    expect(randomToken()).not.toBe(a);
  });

  it('hashes with SHA-256', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('signs with HMAC-SHA256', () => {
    // RFC 4231 test case 2.
    expect(Buffer.from(sign('Jefe', 'what do ya want for nothing?'), 'base64url').toString('hex')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('compares safely', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
    expect(safeEqual('', '')).toBe(true);
  });

  it('normalises identifiants', () => {
    expect(normaliseIdentifiant('  Jean.DUPONT@Exemple.FR \n')).toBe('jean.dupont@exemple.fr');
  });
});
