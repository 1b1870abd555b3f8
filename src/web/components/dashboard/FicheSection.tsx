import { Button, Group, Stack, Title } from '@mantine/core';
import { useId, type CSSProperties } from 'react';
import type { CareRequestScope } from '../../../core/care-requests/dashboard.js';
import type { CareRequestSummary } from '../../api/care-request-types.js';
import { useCareRequestList, type CareRequestListFilter } from '../../api/care-requests.js';
import { t } from '../../i18n.js';
import { CareRequestTable } from '../CareRequestTable.js';
import { personName } from '../declenchement/labels.js';
import { TriggerForPatientButton } from '../declenchement/TriggerForPatientButton.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { PatientCell, ReasonCell, RequesterCell, TargetCell, TimelineLines } from '../fiche/CareRequestCells.js';
import { careRequestStatusColor } from '../fiche/status.js';

interface FicheSectionProps {
  scope: CareRequestScope;
  filter: CareRequestListFilter;
  autoRefresh: boolean;
  /** A tag of a row was clicked: filter on it. */
  onTag: (tag: string) => void;
}

function cells(row: CareRequestSummary, onTag: (tag: string) => void) {
  const statusColor = { '--fiche-chip-color': `var(--mantine-color-${careRequestStatusColor[row.status]}-7)` } as CSSProperties;
  return [
    <div key="requester" className="fiche-cell">
      <RequesterCell requester={row.requester} number={row.number} />
      <span className="fiche-chip" style={statusColor}>{t(`domain.careRequestStatus.${row.status}`)}</span>
    </div>,
    <PatientCell key="patient" patient={row.patient} timeZone={row.timeZone} />,
    <div key="reason" className="fiche-cell">
      <ReasonCell request={row} />
      {row.tags.length > 0 && (
        <p style={{ display: 'flex', flexWrap: 'wrap', gap: 4 }}>
          {row.tags.map((tag) => (
            <button key={tag} type="button" className="fiche-chip" aria-label={t('ui.dashboard.filterOnTag', { tag })} onClick={() => onTag(tag)}>
              {tag}
            </button>
          ))}
        </p>
      )}
    </div>,
    <TargetCell key="target" request={row} />,
    <div key="timeline" className="fiche-row-actions">
      <TimelineLines lines={row.timeline} timeZone={row.timeZone} compact />
      {row.patient.view === 'full' && <TriggerForPatientButton patientId={row.patient.id} patientName={personName(row.patient)} />}
    </div>,
  ] as const;
}

/** "Mes fiches :" or "Fiches supervisées :": the table of the section's fiches, "Plus de fiches" while there are more. */
export function FicheSection({ scope, filter, autoRefresh, onTag }: FicheSectionProps) {
  const headingId = useId();
  const list = useCareRequestList(scope, filter, autoRefresh);
  const name = t(`ui.dashboard.${scope}`);
  const filtered = filter.q !== '' || filter.tag !== '' || filter.status !== null;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>{t('ui.dashboard.section', { name })}</Title>
      <ErrorAlert error={list.error} />
      <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
        <CareRequestTable
          label={name}
          items={list.data ?? []}
          getKey={(row) => row.id}
          rowColor={(row) => careRequestStatusColor[row.status]}
          emptyMessage={list.isPending ? t('ui.app.loading') : filtered ? t('ui.dashboard.noMatch') : undefined}
          renderCells={(row) => cells(row, onTag)}
        />
      </div>
      {list.hasNextPage && (
        <Group justify="center">
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>{t('ui.dashboard.more')}</Button>
        </Group>
      )}
    </Stack>
  );
}
