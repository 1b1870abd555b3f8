import type { Actor } from '../../core/actor.js';
import { preferencesForm, validateNotificationPreferences, type NotificationPreferences, type NotificationPreferencesInput } from '../../core/notifications/preferences.js';
import { AppError } from '../../core/errors.js';

export interface PreferencesStore {
  get(userId: string): Promise<NotificationPreferences | null>;
  set(userId: string, preferences: NotificationPreferences, now: Date): Promise<void>;
}

export interface PreferencesDeps {
  readonly clock: { now(): Date };
  readonly store: PreferencesStore;
}

export type NotificationPreferencesForm = ReturnType<typeof preferencesForm>;

/** "Mes notifications": the signed-in user's channels and quiet hours (the in-app list is always on). */
export interface PreferencesService {
  get(actor: Actor): Promise<NotificationPreferencesForm>;
  set(actor: Actor, input: NotificationPreferencesInput): Promise<NotificationPreferencesForm>;
}

export function createPreferencesService(deps: PreferencesDeps): PreferencesService {
  const read = async (userId: string) => {
    const preferences = await deps.store.get(userId);
    if (!preferences) throw new AppError('auth.unauthenticated');
    return preferencesForm(preferences);
  };
  return {
    get: (actor) => read(actor.userId),
    async set(actor, input) {
      await deps.store.set(actor.userId, validateNotificationPreferences(input), deps.clock.now());
      return read(actor.userId);
    },
  };
}
