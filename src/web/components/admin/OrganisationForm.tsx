import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { organisationKinds, type OrganisationKind } from '../../../core/professions.js';
import { ApiError } from '../../api/client.js';
import { useSaveOrganisation } from '../../api/organisations.js';
import type { Organisation } from '../../api/types.js';
import { formatPhone } from '../../format.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { requiredInput } from '../required.js';

const kindOptions = organisationKinds.map((kind) => ({ value: kind, label: t(`domain.organisationKind.${kind}`) }));

interface OrganisationFormProps {
  /** null: a new organisation. */
  organisation: Organisation | null;
  onDone: () => void;
}

/** Inline create/edit form of an organisation (Nom, Type, Téléphone). */
export function OrganisationForm({ organisation, onDone }: OrganisationFormProps) {
  const save = useSaveOrganisation();
  const form = useForm({
    initialValues: {
      name: organisation?.name ?? '',
      kind: organisation?.kind ?? ('cabinet' as OrganisationKind),
      phone: formatPhone(organisation?.phone),
    },
    validate: { name: (value) => (value.trim() ? null : t('fields.required')) },
  });

  const submit = form.onSubmit((values) => {
    const phone = values.phone.trim();
    const input = { name: values.name.trim(), kind: values.kind, ...(phone ? { phone } : {}) };
    save.mutate(
      { id: organisation?.id ?? null, input },
      {
        onSuccess: () => {
          form.reset();
          onDone();
        },
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(error.fields);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="organisation-form-title">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="organisation-form-title">
            {organisation ? t('ui.admin.organisations.editTitle') : t('ui.admin.organisations.createTitle')}
          </Title>
          <ErrorAlert error={save.error} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('ui.admin.organisations.name')} {...requiredInput} {...form.getInputProps('name')} />
            <NativeSelect label={t('ui.admin.organisations.kind')} data={kindOptions} {...form.getInputProps('kind')} />
            <TextInput label={t('ui.admin.organisations.phone')} type="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={save.isPending}>
              {organisation ? t('ui.common.save') : t('ui.admin.organisations.create')}
            </Button>
            {organisation && (
              <Button variant="default" onClick={onDone}>{t('ui.common.cancel')}</Button>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
