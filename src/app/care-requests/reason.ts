import { invalidFields } from '../../core/errors.js';

const REASON_MAX = 500;

/** A mandatory motif (cancellation, hand back): trimmed, 1–500 characters. */
export function checkedReason(value: string | null | undefined): string {
  const reason = value?.trim() ?? '';
  if (reason === '') throw invalidFields({ reason: 'reason.required' });
  if (reason.length > REASON_MAX) throw invalidFields({ reason: 'reason.too_long' });
  return reason;
}
