import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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

/** The dashboard's table of care requests (fiches): DEMANDEUR, PATIENT, MOTIF, DESTINATAIRE, HORODATAGE. */
export function CareRequestTable<T>({ label, items, getKey, renderCells, emptyMessage = t('ui.dashboard.empty'), rowColor }: CareRequestTableProps<T>) {
  return (
    <>
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">{column}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={getKey(item)}>
              {renderCells(item).map((cell, index) => (
                <Table.Td key={columns[index]} style={{ verticalAlign: 'top', boxShadow: index === 0 && rowColor ? `inset 4px 0 0 var(--mantine-color-${rowColor(item)}-6)` : undefined }}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
    {/* Outside the scrolling table, so that a phone shows it whole. */}
    {items.length === 0 && <Text c="dimmed" ta="center" py="lg">{emptyMessage}</Text>}
    </>
  );
}
