import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { useRequestPasswordReset } from '../api/password.js';
import { useSession } from '../api/session.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PublicLayout } from '../components/PublicLayout.js';
import { t } from '../i18n.js';

export function ForgotPasswordPage() {
  const demo = Boolean(useSession().data?.demo);
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { identifiant: '' },
    validate: { identifiant: (value) => (value.trim() ? null : t('fields.required')) },
  });

  return (
    <PublicLayout title={t('ui.forgot.title')}>
      {request.isSuccess ? (
        <Alert color="green" variant="light" role="status">{request.data.message}</Alert>
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => request.mutate(values.identifiant.trim()))}>
          <Stack gap="md">
            <Text size="sm">{t('ui.forgot.intro')}</Text>
            <ErrorAlert error={request.error} />
            <TextInput
              label={t('ui.login.identifiant')}
              placeholder={t('ui.login.identifiantPlaceholder')}
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              autoFocus
              {...form.getInputProps('identifiant')}
            />
            <Button type="submit" loading={request.isPending} fullWidth>{t('ui.forgot.submit')}</Button>
          </Stack>
        </form>
      )}
      {demo && <Anchor component={Link} to="/dev/boite-d-envoi" size="sm">{t('ui.forgot.outboxLink')}</Anchor>}
      <Anchor component={Link} to="/connexion" size="sm">{t('ui.forgot.backToLogin')}</Anchor>
    </PublicLayout>
  );
}
