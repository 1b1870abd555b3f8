import { Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UserSummary } from '../../api/types.js';
import { useUsers } from '../../api/users.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { StatusBadge } from '../../components/StatusBadge.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';

const nowrap = { whiteSpace: 'nowrap' } as const;
const columns = ['name', 'email', 'profession', 'organisation', 'city', 'roles', 'status'] as const;

/** Lets a long e-mail wrap before its "@" rather than anywhere. */
function withBreakBeforeAt(email: string) {
  const at = email.indexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

function UserRow({ user }: { user: UserSummary }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/admin/utilisateurs/${encodeURIComponent(user.id)}`} fw={600}>
          {`${user.lastName.toUpperCase()} ${user.firstName}`}
        </Anchor>
      </Table.Td>
      <Table.Td>{withBreakBeforeAt(user.email)}</Table.Td>
      <Table.Td>{professionLabel(user.profession)}</Table.Td>
      <Table.Td>{user.organisation?.name ?? ''}</Table.Td>
      <Table.Td>{user.city ?? ''}</Table.Td>
      <Table.Td style={nowrap}>
        <Group gap={4}>
          {user.isAdmin && <Badge variant="outline" size="xs" miw="max-content">{t('domain.role.admin')}</Badge>}
          {user.isSupervisor && <Badge variant="outline" size="xs" color="grape" miw="max-content">{t('domain.role.supervisor')}</Badge>}
        </Group>
      </Table.Td>
      <Table.Td style={nowrap}><StatusBadge active={user.active} /></Table.Td>
    </Table.Tr>
  );
}

/** Administration: the list of accounts, searchable. */
export function UsersPage() {
  const [search, setSearch] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [q] = useDebouncedValue(search.trim(), 250);
  const users = useUsers(q, includeInactive);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('ui.admin.users.title')}</Title>
        <Button component={Link} to="/admin/utilisateurs/nouveau">{t('ui.admin.users.new')}</Button>
      </Group>
      <Group align="end">
        <TextInput
          type="search"
          label={t('ui.admin.users.search')}
          placeholder={t('ui.admin.users.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={{ base: '100%', sm: 360 }}
        />
        <Checkbox
          label={t('ui.admin.users.showInactive')}
          checked={includeInactive}
          onChange={(event) => setIncludeInactive(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ErrorAlert error={users.error} />
      {users.data && (
        <Text size="sm" c="dimmed" aria-live="polite">{t('ui.admin.users.count', { count: users.data.length })}</Text>
      )}
      <Table.ScrollContainer minWidth={900} type="native">
        <Table striped highlightOnHover horizontalSpacing="xs" aria-label={t('ui.admin.users.title')} style={{ opacity: users.isPlaceholderData ? 0.6 : 1 }}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column} scope="col">{t(`ui.admin.users.columns.${column}`)}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.map((user) => <UserRow key={user.id} user={user} />)}
            {users.data?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length}>
                  <Text c="dimmed" ta="center" py="md">{t('ui.admin.users.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
