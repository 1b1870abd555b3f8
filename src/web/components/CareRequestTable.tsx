import { Text } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { t } from '../i18n.js';

const columns = [
  t('ui.dashboard.columns.requester'),
  t('ui.dashboard.columns.patient'),
  t('ui.dashboard.columns.reason'),
  t('ui.dashboard.columns.target'),
  t('ui.dashboard.columns.timeline'),
] as const;

interface CareRequestTableProps<T> {
  /** Accessible name of the table, e.g. "Mes fiches". */
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  /** The five cells of a row, in column order. */
  renderCells: (item: T) => readonly [ReactNode, ReactNode, ReactNode, ReactNode, ReactNode];
  emptyMessage?: string;
  /** A Mantine colour shown as the row's left edge (the fiche's status). */
  rowColor?: (item: T) => string;
}

/**
 * The dashboard's table of care requests (fiches): DEMANDEUR, PATIENT, MOTIF, DESTINATAIRE, HORODATAGE.
 * Plain table elements styled by `styles.css` (`.fiche-table`): a page of 50 rows renders several
 * times faster than with one Mantine component per cell.
 */
export function CareRequestTable<T>({ label, items, getKey, renderCells, emptyMessage = t('ui.dashboard.empty'), rowColor }: CareRequestTableProps<T>) {
  return (
    <>
      <div className="fiche-table-scroll">
        <table className="fiche-table" aria-label={label}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={getKey(item)} style={rowColor ? { '--fiche-row-color': `var(--mantine-color-${rowColor(item)}-6)` } as CSSProperties : undefined}>
                {renderCells(item).map((cell, index) => (
                  <td key={columns[index]}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Outside the scrolling table, so that a phone shows it whole. */}
      {items.length === 0 && <Text c="dimmed" ta="center" py="lg">{emptyMessage}</Text>}
    </>
  );
}
