import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.js';
import { useConfirmPasswordReset } from '../api/password.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PublicLayout } from '../components/PublicLayout.js';
import { t } from '../i18n.js';
import { PASSWORD_MIN_LENGTH } from '../../core/validators/password.js';


export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const confirm = useConfirmPasswordReset();
  const form = useForm({
    initialValues: { password: '', confirmation: '' },
    validate: {
      password: (value) =>
        value.length >= PASSWORD_MIN_LENGTH ? null : t('fields.password.too_short', { min: PASSWORD_MIN_LENGTH }),
      confirmation: (value, values) => (value === values.password ? null : t('ui.reset.mismatch')),
    },
  });

  const submit = form.onSubmit((values) =>
    confirm.mutate(
      { token, password: values.password },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fields.password) form.setFieldError('password', error.fields.password);
        },
      },
    ),
  );

  if (confirm.isSuccess) {
    return (
      <PublicLayout title={t('ui.reset.title')}>
        <Alert color="green" variant="light" role="status">{t('ui.reset.success')}</Alert>
        <Button component={Link} to="/connexion">{t('ui.reset.toLogin')}</Button>
      </PublicLayout>
    );
  }

  const tokenRejected = confirm.error instanceof ApiError && confirm.error.code === 'auth.reset_token_invalid';
  return (
    <PublicLayout title={t('ui.reset.title')}>
      {!token ? (
        <Alert color="red" variant="light" role="alert">{t('ui.reset.missingToken')}</Alert>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            <ErrorAlert error={confirm.error} />
            <PasswordInput
              label={t('ui.reset.newPassword')}
              description={t('ui.reset.hint', { min: PASSWORD_MIN_LENGTH })}
              autoComplete="new-password"
              autoFocus
              {...form.getInputProps('password')}
            />
            <PasswordInput label={t('ui.reset.confirm')} autoComplete="new-password" {...form.getInputProps('confirmation')} />
            <Button type="submit" loading={confirm.isPending} fullWidth disabled={tokenRejected}>
              {t('ui.reset.submit')}
            </Button>
          </Stack>
        </form>
      )}
      {(!token || tokenRejected) && (
        <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">{t('ui.reset.requestNew')}</Anchor>
      )}
      <Anchor component={Link} to="/connexion" size="sm">{t('ui.forgot.backToLogin')}</Anchor>
    </PublicLayout>
  );
}
