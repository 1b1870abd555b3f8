import { Alert, Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useNotificationPreferences, useSaveNotificationPreferences, type NotificationPreferences } from '../../api/preferences.js';
import { useCurrentUser } from '../../api/session.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { PushNotificationsToggle } from '../../components/PushNotificationsToggle.js';
import { t } from '../../i18n.js';

/** "Mes notifications": how new requests reach me besides the in-app list (SMS, e-mail, push) and my quiet hours. */
export function NotificationsPage() {
  const user = useCurrentUser();
  const preferences = useNotificationPreferences();
  const save = useSaveNotificationPreferences();
  const [values, setValues] = useState<NotificationPreferences | null>(null);
  useEffect(() => {
    if (preferences.data && values === null) setValues(preferences.data);
  }, [preferences.data, values]);

  if (preferences.isError) return <ErrorAlert error={preferences.error} />;
  if (!values) return <FullPageLoader />;
  const fields = save.error instanceof ApiError ? save.error.fields : {};
  const change = (patch: Partial<NotificationPreferences>) => setValues({ ...values, ...patch });
  const time = (value: string) => (value === '' ? null : value);

  return (
    <Stack maw={720}>
      <Title order={1}>{t('ui.preferences.title')}</Title>
      <Text c="dimmed" size="sm">{t('ui.preferences.intro')}</Text>
      <Paper withBorder p="md" radius="md" component="form" onSubmit={(event) => {
        event.preventDefault();
        save.mutate(values);
      }}>
        <Stack>
          <Checkbox label={t('ui.preferences.sms')} checked={values.notifySms} onChange={(e) => change({ notifySms: e.currentTarget.checked })} />
          <Checkbox label={t('ui.preferences.email')} checked={values.notifyEmail} onChange={(e) => change({ notifyEmail: e.currentTarget.checked })} />
          <Checkbox label={t('ui.preferences.push')} checked={values.notifyPush} onChange={(e) => change({ notifyPush: e.currentTarget.checked })} />
          <Text fw={600} size="sm">{t('ui.preferences.quietHours')}</Text>
          <Text c="dimmed" size="xs">{t('ui.preferences.quietHoursHint')}</Text>
          <Group align="flex-start">
            <TextInput type="time" label={t('ui.preferences.quietFrom')} value={values.quietHoursStart ?? ''} error={fields.quietHoursStart}
              onChange={(e) => change({ quietHoursStart: time(e.currentTarget.value) })} />
            <TextInput type="time" label={t('ui.preferences.quietTo')} value={values.quietHoursEnd ?? ''} error={fields.quietHoursEnd}
              onChange={(e) => change({ quietHoursEnd: time(e.currentTarget.value) })} />
          </Group>
          {save.isSuccess && <Alert color="green" variant="light">{t('ui.preferences.saved')}</Alert>}
          {save.error && Object.keys(fields).length === 0 && <ErrorAlert error={save.error} />}
          <Group><Button type="submit" loading={save.isPending}>{t('ui.common.save')}</Button></Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md">
        {user && <PushNotificationsToggle userId={user.id} />}
      </Paper>
    </Stack>
  );
}
