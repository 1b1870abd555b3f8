import { t } from '../../i18n/index.js';
import type { TimelineEventRecord, UserCard } from './ports.js';

/** "1er", "2e"… */
export function ordinal(n: number): string {
  return n === 1 ? t('domain.ordinal.one', { count: n }) : t('domain.ordinal.other', { count: n });
}

/** "MOREL Claire", as the horodatage names people. */
export function timelineName(user: Pick<UserCard, 'firstName' | 'lastName'>): string {
  return `${user.lastName.toLocaleUpperCase('fr-FR')} ${user.firstName}`;
}

/** The French line of a timeline event. */
export function timelineText(event: TimelineEventRecord): string {
  const round = event.params.round;
  const params: Record<string, string | number> = { ...event.params };
  if (typeof round === 'number') params.ordinal = ordinal(round);
  if (typeof event.params.visit === 'number') params.visitOrdinal = ordinal(event.params.visit);
  if (event.actor) {
    params.name = timelineName(event.actor);
    params.profession = t(`domain.profession.${event.actor.profession}`);
  }
  const key = event.kind === 'comment' && typeof event.params.tag === 'string' ? 'comment_tagged' : event.kind;
  return t(`domain.timeline.${key}`, params);
}
