import { Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useUpdateCareAct } from '../../api/admin-care-acts.js';
import type { CareAct } from '../../api/care-request-types.js';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { StatusBadge } from '../StatusBadge.js';
import { RowActions } from './RowActions.js';

/** "Autre Soins" (free text on a request): renamed at will, never deactivated. */
const OTHER = 'autre';

interface CareActRowProps {
  act: CareAct;
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
}

/** One act of the catalogue: label (and code), order, status; "Modifier" turns the row into a small form. */
export function CareActRow({ act, editing, onEdit, onDone }: CareActRowProps) {
  const update = useUpdateCareAct();
  if (editing) return <CareActEditRow act={act} onDone={onDone} />;
  const toggle = () => update.mutate({ profession: act.profession, code: act.code, changes: { active: !act.active } });
  return (
    <Table.Tr>
      <Table.Td>
        <Text fw={600} c={act.active ? undefined : 'dimmed'}>{act.label}</Text>
        <Text size="xs" c="dimmed">{t('ui.admin.careActs.code', { code: act.code })}</Text>
        <ErrorAlert error={update.error} />
      </Table.Td>
      <Table.Td>{act.position}</Table.Td>
      <Table.Td><StatusBadge active={act.active} /></Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <RowActions name={act.label} active={act.active} busy={update.isPending || (act.code === OTHER && act.active)} onEdit={onEdit} onToggleActive={toggle} />
          {act.code === OTHER && <Text size="xs" c="dimmed">{t('ui.admin.careActs.otherAlwaysOffered')}</Text>}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

function CareActEditRow({ act, onDone }: { act: CareAct; onDone: () => void }) {
  const update = useUpdateCareAct();
  const form = useForm({
    initialValues: { label: act.label, position: act.position as number | string },
    validate: { label: (value) => (value.trim() ? null : t('fields.required')) },
  });
  const submit = form.onSubmit((values) => {
    const position = typeof values.position === 'number' ? values.position : Number.parseFloat(values.position);
    update.mutate(
      { profession: act.profession, code: act.code, changes: { label: values.label.trim(), position: Number.isFinite(position) ? position : -1 } },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(error.fields);
        },
      },
    );
  });
  return (
    <Table.Tr>
      <Table.Td colSpan={4}>
        <form noValidate onSubmit={submit}>
          <Stack gap="xs">
            <ErrorAlert error={update.error} />
            <Group align="flex-start" wrap="wrap">
              <TextInput label={t('ui.admin.careActs.editLabel', { name: act.label })} maxLength={60} miw={260} {...form.getInputProps('label')} />
              <NumberInput
                label={t('ui.admin.careActs.editPosition', { name: act.label })}
                description={t('ui.admin.careActs.positionHint')}
                min={0}
                max={999}
                allowDecimal={false}
                w={200}
                {...form.getInputProps('position')}
              />
            </Group>
            <Group>
              <Button type="submit" size="xs" loading={update.isPending}>{t('ui.common.save')}</Button>
              <Button size="xs" variant="default" onClick={onDone}>{t('ui.common.cancel')}</Button>
            </Group>
          </Stack>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}
