import { describe, expect, it } from 'vitest';
import { browserSubscription } from '../../../test/support/push-browser.js';
import { validatePushSubscription } from './validate.js';
import { fieldErrorsOf } from '../../../test/support/errors.js';

const browser = browserSubscription();
const valid = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc:APA91b', keys: { p256dh: browser.p256dh, auth: browser.auth } };

const fieldsOf = (input: Parameters<typeof validatePushSubscription>[0]) => fieldErrorsOf(() => validatePushSubscription(input));

describe('validatePushSubscription', () => {
  it('accepts a browser subscription and returns the keys unpadded', () => {
    expect(validatePushSubscription(valid)).toEqual({ endpoint: valid.endpoint, p256dh: browser.p256dh, auth: browser.auth });
    const padded = { ...valid, keys: { p256dh: `${browser.p256dh}=`, auth: `${browser.auth}==` } };
    expect(validatePushSubscription(padded)).toMatchObject({ p256dh: browser.p256dh, auth: browser.auth });
  });

  it.each([
    ['http://fcm.googleapis.com/fcm/send/x', 'plain http'],
    ['not a url', 'not a URL'],
    ['https://127.0.0.1/push', 'an IP address'],
    ['https://[::1]/push', 'an IPv6 address'],
    ['https://localhost/push', 'localhost'],
    ['https://pushserver/push', 'a single-label name'],
    ['https://push.internal/push', 'an internal name'],
    ['https://push.example.com:8443/push', 'another port'],
    ['https://user:pw@push.example.com/push', 'credentials'],
  ])('refuses the endpoint %s (%s)', (endpoint) => {
    expect(fieldsOf({ ...valid, endpoint })).toEqual({ endpoint: 'push.endpoint_invalid' });
  });

  it('refuses a p256dh that is not base64url, not 65 bytes, compressed or off the curve', () => {
    const point = Buffer.from(browser.p256dh, 'base64url');
    const compressed = Buffer.concat([Buffer.from([0x02 + (point[64]! & 1)]), point.subarray(1, 33)]).toString('base64url');
    const offCurve = Buffer.concat([Buffer.from([0x04]), Buffer.alloc(64, 7)]).toString('base64url');
    for (const p256dh of ['', 'BA+/abc', browser.p256dh.slice(0, 80), compressed, offCurve, `${browser.p256dh}AA`]) {
      expect(fieldsOf({ ...valid, keys: { ...valid.keys, p256dh } })).toEqual({ 'keys.p256dh': 'push.p256dh_invalid' });
    }
  });

  it('refuses an auth secret that is not 16 bytes of base64url', () => {
    for (const auth of ['', 'abc$', Buffer.alloc(15).toString('base64url'), Buffer.alloc(32).toString('base64url')]) {
      expect(fieldsOf({ ...valid, keys: { ...valid.keys, auth } })).toEqual({ 'keys.auth': 'push.auth_invalid' });
    }
  });

  it('reports every wrong field at once', () => {
    expect(fieldsOf({ endpoint: 'ftp://x', keys: { p256dh: 'x', auth: 'y' } })).toEqual({
      endpoint: 'push.endpoint_invalid',
      'keys.p256dh': 'push.p256dh_invalid',
      'keys.auth': 'push.auth_invalid',
    });
  });
});
