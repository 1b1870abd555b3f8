import { ActionIcon, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { usualRoles, type UsualProfessional, type UsualRole } from '../../api/patient-types.js';
import { useUsualProfessional } from '../../api/patients.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { AddProfessionalModal } from './AddProfessionalModal.js';
import { professionalName } from './labels.js';

export interface UsualProfessionalsEditorProps {
  patientId: string;
  professionals: readonly UsualProfessional[];
  /** Told of the new list after each change. */
  onChange?: (professionals: UsualProfessional[]) => void;
  /** Heading level of the section title (2 on the patient page). */
  headingOrder?: 2 | 3;
}

const roleLabel = (role: UsualRole) => t(`domain.usualProfessionalRole.${role}`);

/** Step 5 "PROFESSIONNELS HABITUELS": one row per role, a remove action and "Ajout d'un professionnel". */
export function UsualProfessionalsEditor({ patientId, professionals, onChange, headingOrder = 2 }: UsualProfessionalsEditorProps) {
  const [opened, { open, close }] = useDisclosure(false);
  const mutation = useUsualProfessional(patientId);
  const byRole = new Map(professionals.map((professional) => [professional.role, professional]));
  const firstEmpty = usualRoles.find((role) => !byRole.has(role)) ?? 'medecin_traitant';

  const remove = (role: UsualRole) =>
    mutation.mutate({ role, chosen: null }, { onSuccess: (data) => onChange?.(data.usualProfessionals) });

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="usual-professionals-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={headingOrder} size="h4" id="usual-professionals-title">{t('ui.patients.usual.title')}</Title>
          <Button onClick={open}>{t('ui.patients.usual.add')}</Button>
        </Group>
        <ErrorAlert error={mutation.error} />
        <Table verticalSpacing={6} horizontalSpacing="xs" aria-labelledby="usual-professionals-title">
          <Table.Tbody>
            {usualRoles.map((role) => {
              const professional = byRole.get(role);
              return (
                <Table.Tr key={role}>
                  <Table.Th scope="row" fw={600} w="40%">{roleLabel(role)}</Table.Th>
                  <Table.Td>
                    {professional ? (
                      <Group gap={6} wrap="wrap">
                        <Text size="sm" fw={600}>{professionalName(professional)}</Text>
                        {professional.isPlatformUser && <Badge size="xs" variant="light">{t('ui.patients.usual.platformBadge')}</Badge>}
                      </Group>
                    ) : (
                      <Text size="sm" c="dimmed">{t('ui.patients.usual.none')}</Text>
                    )}
                  </Table.Td>
                  <Table.Td w={44} ta="right">
                    {professional && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('ui.patients.usual.removeItem', { role: roleLabel(role) })}
                        title={t('ui.patients.usual.remove')}
                        loading={mutation.isPending && mutation.variables.role === role && mutation.variables.chosen === null}
                        onClick={() => remove(role)}
                      >
                        <span aria-hidden>✕</span>
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="blue.9" fw={500}>{t('ui.patients.usual.tip')}</Text>
      </Stack>
      {opened && (
        <AddProfessionalModal
          patientId={patientId}
          initialRole={firstEmpty}
          current={byRole}
          onClose={close}
          onAdded={(list) => {
            close();
            onChange?.(list);
          }}
        />
      )}
    </Paper>
  );
}
