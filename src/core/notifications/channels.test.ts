import { describe, expect, it } from 'vitest';
import { channelsFor, inQuietHours, type Reachability } from './channels.js';

const everything: Reachability = {
  notifySms: true,
  notifyEmail: true,
  notifyPush: true,
  quietHoursStart: 20 * 60,
  quietHoursEnd: 7 * 60,
  hasMobile: true,
  hasEmail: true,
  pushDevices: 2,
};

describe('notification channels', () => {
  it('reads quiet hours that cross midnight, and plain ones', () => {
    expect(inQuietHours(everything, 23 * 60)).toBe(true);
    expect(inQuietHours(everything, 6 * 60 + 59)).toBe(true);
    expect(inQuietHours(everything, 7 * 60)).toBe(false);
    expect(inQuietHours(everything, 19 * 60 + 59)).toBe(false);
    expect(inQuietHours({ quietHoursStart: 12 * 60, quietHoursEnd: 14 * 60 }, 13 * 60)).toBe(true);
    expect(inQuietHours({ quietHoursStart: 12 * 60, quietHoursEnd: 14 * 60 }, 14 * 60)).toBe(false);
    expect(inQuietHours({ quietHoursStart: null, quietHoursEnd: null }, 0)).toBe(false);
  });

  it('uses every chosen channel outside quiet hours', () => {
    expect(channelsFor(everything, { localMinute: 10 * 60, urgent: false })).toEqual(['push', 'sms', 'email']);
  });

  it('keeps only e-mail during quiet hours, and adds SMS for an urgent offer', () => {
    expect(channelsFor(everything, { localMinute: 22 * 60, urgent: false })).toEqual(['email']);
    expect(channelsFor(everything, { localMinute: 22 * 60, urgent: true })).toEqual(['sms', 'email']);
  });

  it('respects the choices and the means of being reached', () => {
    expect(channelsFor({ ...everything, notifySms: false, notifyEmail: false }, { localMinute: 22 * 60, urgent: true })).toEqual([]);
    expect(channelsFor({ ...everything, pushDevices: 0, hasMobile: false }, { localMinute: 10 * 60, urgent: false })).toEqual(['email']);
    expect(channelsFor({ ...everything, notifyPush: false, hasEmail: false }, { localMinute: 10 * 60, urgent: false })).toEqual(['sms']);
  });
});
