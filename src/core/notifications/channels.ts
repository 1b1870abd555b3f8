/** Channels besides the in-app list (which every user always has). */
export type Channel = 'sms' | 'email' | 'push';

/** A user's choices and means of being reached. */
export interface Reachability {
  readonly notifySms: boolean;
  readonly notifyEmail: boolean;
  readonly notifyPush: boolean;
  /** Quiet hours in the user's local time (minutes since midnight; may cross midnight); null: none. */
  readonly quietHoursStart: number | null;
  readonly quietHoursEnd: number | null;
  readonly hasMobile: boolean;
  readonly hasEmail: boolean;
  readonly pushDevices: number;
}

/** An offer answering in less than this goes out by SMS whatever the quiet hours. */
export const URGENT_OFFER_MINUTES = 30;

/** True when `minute` (local, since midnight) falls in the quiet hours [start, end), a range that may cross midnight. */
export function inQuietHours(user: Pick<Reachability, 'quietHoursStart' | 'quietHoursEnd'>, minute: number): boolean {
  const { quietHoursStart: start, quietHoursEnd: end } = user;
  if (start === null || end === null || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/**
 * The channels a message goes out on: those the user chose and can be reached
 * on; during their quiet hours only e-mail (silent), except an urgent offer
 * (response deadline under 30 minutes), which also goes out by SMS.
 */
export function channelsFor(user: Reachability, message: { readonly localMinute: number; readonly urgent: boolean }): Channel[] {
  const quiet = inQuietHours(user, message.localMinute);
  const channels: Channel[] = [];
  if (user.notifyPush && user.pushDevices > 0 && !quiet) channels.push('push');
  if (user.notifySms && user.hasMobile && (!quiet || message.urgent)) channels.push('sms');
  if (user.notifyEmail && user.hasEmail) channels.push('email');
  return channels;
}
