import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { t } from '../i18n.js';

export function AccessDenied() {
  return (
    <Stack>
      <Title order={1}>{t('ui.forbidden.title')}</Title>
      <Alert color="orange" variant="light">{t('ui.forbidden.text')}</Alert>
      <Anchor component={Link} to="/">{t('ui.notFound.home')}</Anchor>
    </Stack>
  );
}
