import { Anchor, Badge, Button, Card, Container, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useOutbox } from '../api/outbox.js';
import { useSession } from '../api/session.js';
import type { OutboxMessage } from '../api/types.js';
import { ErrorAlert } from '../components/ErrorAlert.js';
import { FullPageLoader } from '../components/FullPageLoader.js';
import { LinkifiedText } from '../components/LinkifiedText.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { NotFoundPage } from './NotFoundPage.js';

function MessageCard({ message }: { message: OutboxMessage }) {
  return (
    <Card withBorder radius="md" component="article" aria-label={message.subject ?? t('ui.outbox.noSubject')}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <Badge variant="light" color={message.channel === 'sms' ? 'grape' : 'blue'}>
            {t(`ui.outbox.channel.${message.channel}`)}
          </Badge>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{t('ui.outbox.recipient', { recipient: message.recipient })}</Text>
        </Group>
        <Text size="xs" c="dimmed">{t('ui.outbox.sentAt', { date: formatDateTime(message.createdAt) })}</Text>
      </Group>
      <Title order={2} size="h5" mb={4}>{message.subject ?? t('ui.outbox.noSubject')}</Title>
      <LinkifiedText text={message.body} />
    </Card>
  );
}

/** Demo mode only: what Déclic would have sent by e-mail or SMS (e.g. the password-reset link). */
export function OutboxPage() {
  const session = useSession();
  const demo = Boolean(session.data?.demo);
  const outbox = useOutbox(demo);
  if (session.isPending) return <FullPageLoader />;
  if (!demo) return <NotFoundPage />;

  return (
    <Container size="md" py="lg" px="md" component="main">
      <Stack>
        <Anchor component={Link} to="/" fw={800} fz={28} c="blue.8" underline="never" aria-label={t('ui.shell.home')}>
          {t('ui.app.name')}
        </Anchor>
        <Group justify="space-between">
          <Title order={1}>{t('ui.outbox.title')}</Title>
          <Button variant="light" onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
            {t('ui.outbox.refresh')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">{t('ui.outbox.intro')}</Text>
        <ErrorAlert error={outbox.error} />
        {outbox.isPending && !outbox.isError && <FullPageLoader />}
        {outbox.data?.length === 0 && <Text c="dimmed">{t('ui.outbox.empty')}</Text>}
        {[...(outbox.data ?? [])]
          .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
          .map((message) => (
            <MessageCard key={message.id} message={message} />
          ))}
      </Stack>
    </Container>
  );
}
