import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { careProfessions } from '../../../core/professions.js';
import { useAdminCareActs } from '../../api/admin-care-acts.js';
import { CareActForm } from '../../components/admin/CareActForm.js';
import { CareActRow } from '../../components/admin/CareActRow.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { t } from '../../i18n.js';

/** Administration: the catalogue of Soins, one table per profession (add, rename, reorder, deactivate, reactivate). */
export function CareActsPage() {
  const acts = useAdminCareActs();
  /** `profession/code` of the row being edited. */
  const [editing, setEditing] = useState<string | null>(null);

  return (
    <Stack>
      <Title order={1}>{t('ui.admin.careActs.title')}</Title>
      <Text size="sm" c="dimmed" maw={760}>{t('ui.admin.careActs.intro')}</Text>
      <CareActForm />
      <ErrorAlert error={acts.error} />
      {acts.data &&
        careProfessions.map((profession) => {
          const rows = acts.data.filter((act) => act.profession === profession);
          const title = t(`domain.profession.${profession}`);
          const headingId = `care-acts-${profession}`;
          return (
            <Paper key={profession} withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
              <Title order={2} size="h4" id={headingId} mb="sm">{title}</Title>
              <Table.ScrollContainer minWidth={560} type="native">
                <Table striped highlightOnHover aria-labelledby={headingId}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('ui.admin.careActs.label')}</Table.Th>
                      <Table.Th scope="col">{t('ui.admin.careActs.position')}</Table.Th>
                      <Table.Th scope="col">{t('ui.admin.careActs.status')}</Table.Th>
                      <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((act) => {
                      const key = `${act.profession}/${act.code}`;
                      return (
                        <CareActRow key={key} act={act} editing={editing === key} onEdit={() => setEditing(key)} onDone={() => setEditing(null)} />
                      );
                    })}
                    {rows.length === 0 && (
                      <Table.Tr>
                        <Table.Td colSpan={4}><Text c="dimmed" ta="center" py="md">{t('ui.admin.careActs.empty')}</Text></Table.Td>
                      </Table.Tr>
                    )}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          );
        })}
    </Stack>
  );
}
