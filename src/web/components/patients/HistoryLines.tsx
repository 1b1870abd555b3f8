import { Text } from '@mantine/core';
import type { HistoryLine } from '../../api/patient-types.js';
import { formatDateTime } from '../../format.js';
import { t } from '../../i18n.js';

/** Newest first. */
export function sortHistory(lines: readonly HistoryLine[]): HistoryLine[] {
  return [...lines].sort((a, b) => b.at.localeCompare(a.at));
}

/** dd/mm/yyyy HH:mm in a given time zone (the patient's), else the browser's. */
export function formatInZone(iso: string, timeZone: string | undefined): string {
  if (!timeZone) return formatDateTime(iso);
  try {
    const parts = new Intl.DateTimeFormat('fr-FR', {
      timeZone,
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(iso));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
  } catch {
    return formatDateTime(iso);
  }
}

interface HistoryLinesProps {
  lines: readonly HistoryLine[];
  /** The patient's time zone, when known. */
  timeZone?: string;
  /** Shows at most this many lines, then "… et N autre(s)". */
  limit?: number;
}

/** "08/08/2022 14:11  Déclenchement #24426443", newest first. */
export function HistoryLines({ lines, limit, timeZone }: HistoryLinesProps) {
  const sorted = sortHistory(lines);
  const shown = limit === undefined ? sorted : sorted.slice(0, limit);
  if (sorted.length === 0) return <Text size="sm" c="dimmed">{t('ui.patients.page.noHistory')}</Text>;
  return (
    <>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {shown.map((line, index) => (
          <li key={`${index}-${line.at}`} style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: '0.75rem' }}>
            <Text component="time" dateTime={line.at} size="sm" c="dimmed" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {formatInZone(line.at, timeZone)}
            </Text>
            <Text component="span" size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{line.label}</Text>
          </li>
        ))}
      </ul>
      {sorted.length > shown.length && (
        <Text size="xs" c="dimmed">{t('ui.patients.caseload.moreLines', { count: sorted.length - shown.length })}</Text>
      )}
    </>
  );
}
