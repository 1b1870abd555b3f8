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

/** Kinds whose line names its actor already ("acceptation par X", "(X - profession) : …"). */
const NAMING_KINDS: ReadonlySet<string> = new Set(['self_dispatched', 'accepted', 'completed', 'handed_back', 'comment', 'document_added']);

/** Who did it, for a line that does not say it ("1er déclenchement annulé Motif : …" by a supervisor): "ROUX Isabelle (Superviseur)". */
export function timelineBy(event: TimelineEventRecord): string | null {
  if (!event.actor || NAMING_KINDS.has(event.kind)) return null;
  return `${timelineName(event.actor)} (${t(`domain.profession.${event.actor.profession}`)})`;
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
