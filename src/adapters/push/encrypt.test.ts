import { describe, expect, it } from 'vitest';
import { browserSubscription, decryptAsBrowser, parseHeader } from '../../../test/support/push-browser.js';
import { encryptPushMessage, InvalidSubscriptionKeys, MAX_PLAINTEXT_LENGTH, PayloadTooLarge } from './encrypt.js';

const b64 = (text: string) => Buffer.from(text, 'base64url');

/** RFC 8291 Appendix A. */
const RFC8291 = {
  plaintext: 'When I grow up, I want to be a watermelon',
  asPrivate: 'yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw',
  asPublic: 'BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8',
  uaPrivate: 'q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94',
  uaPublic: 'BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4',
  salt: 'DGv6ra1nlYgDCS1FRnbzlw',
  authSecret: 'BTBZMqHH6r4Tts7J_aSIgg',
  body:
    'DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml' +
    'mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT' +
    'pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN',
};

describe('Web Push payload encryption (RFC 8291, aes128gcm)', () => {
  it('reproduces the RFC 8291 appendix A example byte for byte', () => {
    const body = encryptPushMessage(Buffer.from(RFC8291.plaintext), RFC8291.uaPublic, RFC8291.authSecret, {
      salt: b64(RFC8291.salt),
      senderPrivateKey: b64(RFC8291.asPrivate),
    });
    expect(body.toString('base64url')).toBe(RFC8291.body);
    expect(parseHeader(body).keyId.toString('base64url')).toBe(RFC8291.asPublic);
  });

  it('the test decryption (browser side) reads the RFC example too', () => {
    expect(decryptAsBrowser(b64(RFC8291.body), b64(RFC8291.uaPrivate), b64(RFC8291.authSecret)).toString()).toBe(RFC8291.plaintext);
  });

  it('encrypts for a fresh browser subscription what the browser decrypts', () => {
    const browser = browserSubscription();
    const message = JSON.stringify({ title: 'Nouvelle demande', body: 'Pansement — Évry-Courcouronnes (91)', url: '/offres/1', tag: 'offer-1' });
    const body = encryptPushMessage(Buffer.from(message), browser.p256dh, browser.auth);
    const header = parseHeader(body);
    expect(header.recordSize).toBe(4096);
    expect(header.keyId).toHaveLength(65);
    expect(body.length).toBe(86 + Buffer.byteLength(message) + 1 + 16);
    expect(decryptAsBrowser(body, browser.privateKey, browser.authSecret).toString()).toBe(message);
  });

  it('draws a new salt and key pair for every message', () => {
    const browser = browserSubscription();
    const a = parseHeader(encryptPushMessage(Buffer.from('x'), browser.p256dh, browser.auth));
    const b = parseHeader(encryptPushMessage(Buffer.from('x'), browser.p256dh, browser.auth));
    expect(a.salt.equals(b.salt)).toBe(false);
    expect(a.keyId.equals(b.keyId)).toBe(false);
  });

  it('fails to decrypt with another auth secret (the secret is mixed in)', () => {
    const browser = browserSubscription();
    const body = encryptPushMessage(Buffer.from('secret'), browser.p256dh, browser.auth);
    expect(() => decryptAsBrowser(body, browser.privateKey, Buffer.alloc(16))).toThrow();
  });

  it('takes up to 3993 bytes (a 4096-byte body) and refuses more', () => {
    const browser = browserSubscription();
    const largest = encryptPushMessage(Buffer.alloc(MAX_PLAINTEXT_LENGTH, 0x61), browser.p256dh, browser.auth);
    expect(MAX_PLAINTEXT_LENGTH).toBe(3993);
    expect(largest).toHaveLength(4096);
    expect(decryptAsBrowser(largest, browser.privateKey, browser.authSecret)).toHaveLength(3993);
    expect(() => encryptPushMessage(Buffer.alloc(MAX_PLAINTEXT_LENGTH + 1), browser.p256dh, browser.auth)).toThrow(PayloadTooLarge);
  });

  it('refuses keys that are not a P-256 point and a 16-byte secret', () => {
    const browser = browserSubscription();
    const notOnCurve = Buffer.concat([Buffer.from([0x04]), Buffer.alloc(64, 1)]).toString('base64url');
    expect(() => encryptPushMessage(Buffer.from('x'), notOnCurve, browser.auth)).toThrow(InvalidSubscriptionKeys);
    expect(() => encryptPushMessage(Buffer.from('x'), browser.p256dh.slice(0, 40), browser.auth)).toThrow(InvalidSubscriptionKeys);
    expect(() => encryptPushMessage(Buffer.from('x'), browser.p256dh, Buffer.alloc(8).toString('base64url'))).toThrow(InvalidSubscriptionKeys);
  });
});
