import { Badge } from '@mantine/core';
import { t } from '../i18n.js';

export function StatusBadge({ active }: { active: boolean }) {
  return (
    <Badge variant="light" color={active ? 'green' : 'gray'} miw="max-content">
      {active ? t('ui.common.active') : t('ui.common.inactive')}
    </Badge>
  );
}
