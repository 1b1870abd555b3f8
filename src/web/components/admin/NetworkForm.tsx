import { Button, Group, MultiSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ApiError } from '../../api/client.js';
import { useSaveNetwork } from '../../api/networks.js';
import type { Network } from '../../api/types.js';
import { useUsers } from '../../api/users.js';
import { fullName, professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { requiredInput } from '../required.js';

interface NetworkFormProps {
  /** null: a new network. */
  network: Network | null;
  onDone: () => void;
}

/** Inline create/edit form of a CPTS network (Nom, Membres). */
export function NetworkForm({ network, onDone }: NetworkFormProps) {
  const save = useSaveNetwork();
  const users = useUsers('', true);
  const form = useForm({
    initialValues: { name: network?.name ?? '', memberIds: network?.memberIds ?? [] },
    validate: { name: (value) => (value.trim() ? null : t('fields.required')) },
  });
  const memberOptions = (users.data ?? [])
    .filter((user) => user.active || form.values.memberIds.includes(user.id))
    .map((user) => ({
      value: user.id,
      label: [fullName(user), professionLabel(user.profession), user.city].filter(Boolean).join(' — '),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));

  const submit = form.onSubmit((values) =>
    save.mutate(
      { id: network?.id ?? null, input: { name: values.name.trim(), memberIds: values.memberIds } },
      {
        onSuccess: () => {
          form.reset();
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(error.fields);
        },
      },
    ),
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="network-form-title">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="network-form-title">
            {network ? t('ui.admin.networks.editTitle') : t('ui.admin.networks.createTitle')}
          </Title>
          <ErrorAlert error={save.error ?? users.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('ui.admin.networks.name')} {...requiredInput} {...form.getInputProps('name')} />
            <MultiSelect
              label={t('ui.admin.networks.members')}
              placeholder={t('ui.admin.networks.membersPlaceholder')}
              data={memberOptions}
              searchable
              clearable
              hidePickedOptions
              {...form.getInputProps('memberIds')}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {network ? t('ui.common.save') : t('ui.admin.networks.create')}
            </Button>
            {network && <Button variant="default" onClick={onDone}>{t('ui.common.cancel')}</Button>}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
