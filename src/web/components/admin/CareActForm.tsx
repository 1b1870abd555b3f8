import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { careProfessions, type CareProfession } from '../../../core/professions.js';
import { useCreateCareAct } from '../../api/admin-care-acts.js';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { requiredInput } from '../required.js';

const professionOptions = careProfessions.map((value) => ({ value, label: t(`domain.profession.${value}`) }));

/** "Nouveau soin": profession and label; the server derives the code. */
export function CareActForm() {
  const create = useCreateCareAct();
  const [created, setCreated] = useState<string | null>(null);
  const form = useForm({
    initialValues: { profession: 'infirmier' as CareProfession, label: '' },
    validate: { label: (value) => (value.trim() ? null : t('fields.required')) },
  });

  const submit = form.onSubmit((values) => {
    setCreated(null);
    create.mutate(
      { profession: values.profession, label: values.label.trim() },
      {
        onSuccess: ({ careAct }) => {
          form.setFieldValue('label', '');
          setCreated(t('ui.admin.careActs.created', { label: careAct.label, profession: t(`domain.profession.${careAct.profession}`) }));
        },
        onError: (error) => {
          if (error instanceof ApiError) form.setErrors(error.fields);
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="care-act-form-title">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} size="h4" id="care-act-form-title">{t('ui.admin.careActs.createTitle')}</Title>
          <ErrorAlert error={create.error} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label={t('ui.admin.careActs.profession')} data={professionOptions} {...form.getInputProps('profession')} />
            <TextInput label={t('ui.admin.careActs.label')} maxLength={60} {...requiredInput} {...form.getInputProps('label')} />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={create.isPending}>{t('ui.admin.careActs.create')}</Button>
            <Text role="status" size="sm" c="green.9" fw={600}>{created}</Text>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
