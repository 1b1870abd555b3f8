import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router';
import { useLogin, useSession } from '../api/session.js';
import { DemoAccounts } from '../components/DemoAccounts.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { PublicLayout } from '../components/PublicLayout.js';
import { t } from '../i18n.js';

/** CONNEXION. On success the session changes and <AnonymousOnly> sends the user on. */
export function LoginPage() {
  const demo = useSession().data?.demo ?? null;
  const login = useLogin();
  const form = useForm({
    initialValues: { identifiant: '', password: '' },
    validate: {
      identifiant: (value) => (value.trim() ? null : t('fields.required')),
      password: (value) => (value ? null : t('fields.required')),
    },
  });

  const pickAccount = (email: string) => {
    form.setValues({ identifiant: email, password: demo?.password ?? '' });
    login.reset();
  };

  return (
    <PublicLayout title={t('ui.login.title')} aside={demo ? <DemoAccounts demo={demo} onPick={pickAccount} /> : undefined}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => login.mutate({ identifiant: values.identifiant.trim(), password: values.password }))}
      >
        <Stack gap="md">
          <ErrorAlert error={login.error} />
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
          <PasswordInput label={t('ui.login.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={login.isPending} fullWidth>
            {t('ui.login.submit')}
          </Button>
          <Anchor component={Link} to="/mot-de-passe-oublie" size="sm" ta="center">
            {t('ui.login.forgot')}
          </Anchor>
        </Stack>
      </form>
    </PublicLayout>
  );
}
