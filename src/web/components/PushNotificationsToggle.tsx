import { Button, Group, Stack, Text } from '@mantine/core';
import { ApiError } from '../api/client.js';
import { PushPermissionRefused, usePushDevice } from '../api/push.js';
import { t } from '../i18n.js';

function errorText(error: Error): string {
  if (error instanceof PushPermissionRefused) return t('ui.push.refused');
  if (error instanceof ApiError) return error.message;
  return t('ui.push.failed');
}

/**
 * Turns Web Push on or off for this device (bottom of the navigation). Asks the
 * browser's permission only when the button is clicked; shows nothing where
 * the browser cannot receive push messages.
 */
export function PushNotificationsToggle({ userId }: { userId: string }) {
  const push = usePushDevice(userId);
  if (push.status === 'unsupported' || push.status === undefined) return null;

  return (
    <Stack gap={4} data-testid="push-toggle">
      {push.status === 'on' && (
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Text size="xs" c="dimmed">{t('ui.push.enabled')}</Text>
          <Button variant="subtle" size="compact-xs" onClick={push.disable} loading={push.disabling} aria-label={t('ui.push.disableLabel')}>
            {t('ui.push.disable')}
          </Button>
        </Group>
      )}
      {push.status === 'off' && (
        <Button variant="light" size="xs" h="auto" py={6} onClick={push.enable} loading={push.enabling} styles={{ label: { whiteSpace: 'normal' } }}>
          {t('ui.push.enable')}
        </Button>
      )}
      {push.status === 'blocked' && (
        <Text size="xs" c="dimmed">{t('ui.push.blocked')}</Text>
      )}
      {push.error && (
        <Text size="xs" c="red.8" role="alert">{errorText(push.error)}</Text>
      )}
    </Stack>
  );
}
