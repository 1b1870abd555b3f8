import { Button, Group } from '@mantine/core';
import { t } from '../../i18n.js';

interface RowActionsProps {
  name: string;
  active: boolean;
  onEdit: () => void;
  onToggleActive: () => void;
  busy: boolean;
}

/** "Modifier" and "Désactiver"/"Réactiver" buttons of a table row, named after the row for screen readers. */
export function RowActions({ name, active, onEdit, onToggleActive, busy }: RowActionsProps) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button size="xs" variant="light" onClick={onEdit} aria-label={t('ui.common.editItem', { name })}>
        {t('ui.common.edit')}
      </Button>
      <Button
        size="xs"
        variant="subtle"
        color={active ? 'red' : 'green'}
        onClick={onToggleActive}
        disabled={busy}
        aria-label={active ? t('ui.common.deactivateItem', { name }) : t('ui.common.reactivateItem', { name })}
      >
        {active ? t('ui.common.deactivate') : t('ui.common.reactivate')}
      </Button>
    </Group>
  );
}
