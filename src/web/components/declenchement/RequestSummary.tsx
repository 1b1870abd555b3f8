import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { durationLabel } from './labels.js';
import type { RequestDraft } from './wizard-state.js';

/** "Infirmier(e) - visite - Délai d'intervention : 12/08/2022 - Délai de réponse : 2 heures". */
export function requestSummary(draft: RequestDraft): string {
  const notSelected = t('ui.declenchement.requests.notSelected');
  const start = draft.startOn
    ? draft.startOn.split('-').reverse().join('/')
    : draft.startWithinMinutes
      ? durationLabel(Number(draft.startWithinMinutes))
      : notSelected;
  return t('ui.declenchement.requests.summary', {
    profession: draft.profession ? professionLabel(draft.profession) : notSelected,
    careMode: t(`domain.careMode.${draft.careMode}`).toLocaleLowerCase('fr-FR'),
    start,
    deadline: durationLabel(draft.responseDeadlineMinutes),
  });
}

interface RequestSummaryProps {
  draft: RequestDraft;
  index: number;
  onOpen: () => void;
  onRemove?: () => void;
}

/** A collapsed block: its one-line summary, to reopen or remove. */
export function RequestSummary({ draft, index, onOpen, onRemove }: RequestSummaryProps) {
  const hasErrors = Object.keys(draft.errors).length > 0;
  return (
    <Paper withBorder radius="md" p="sm" data-request-key={draft.key}>
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Group gap="xs" miw={0} style={{ flex: 1 }}>
          <Text size="sm" fw={700}>{t('ui.declenchement.requests.block', { index })}</Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{requestSummary(draft)}</Text>
          {hasErrors && <Badge color="red" variant="light">{t('ui.declenchement.requests.hasErrors')}</Badge>}
        </Group>
        <Group gap="xs">
          <Button variant="light" size="xs" onClick={onOpen} aria-label={t('ui.declenchement.requests.editItem', { index })}>
            {t('ui.declenchement.requests.edit')}
          </Button>
          {onRemove && (
            <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={t('ui.declenchement.requests.removeItem', { index })}>
              {t('ui.declenchement.requests.remove')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
