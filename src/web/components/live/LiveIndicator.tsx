import { Box, Group, Text } from '@mantine/core';
import { useLiveStatus, type LiveStatus } from '../../api/live.js';
import { t } from '../../i18n.js';

const dotColor: Record<LiveStatus, string> = { open: 'var(--mantine-color-green-7)', connecting: 'var(--mantine-color-gray-5)', down: 'var(--mantine-color-orange-7)' };

/** "Rafraîchissement auto : en direct", or the polling fallback while the live stream is down. */
export function LiveIndicator() {
  const status = useLiveStatus();
  return (
    <Group gap={6} wrap="nowrap" role="status" data-live={status}>
      <Box component="span" aria-hidden w={10} h={10} style={{ borderRadius: '50%', background: dotColor[status], flex: 'none' }} />
      <Text size="sm" c="dimmed">
        {`${t('ui.live.autoRefresh')} : ${t(`ui.live.${status}`)}`}
      </Text>
    </Group>
  );
}
