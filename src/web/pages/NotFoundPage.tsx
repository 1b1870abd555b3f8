import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { t } from '../i18n.js';

export function NotFoundPage() {
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Text fw={800} fz={28} c="blue.8">{t('ui.app.name')}</Text>
        <Title order={1}>{t('ui.notFound.title')}</Title>
        <Text>{t('ui.notFound.text')}</Text>
        <Anchor component={Link} to="/">{t('ui.notFound.home')}</Anchor>
      </Stack>
    </Container>
  );
}
