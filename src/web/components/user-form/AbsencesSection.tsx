import { Button, Grid, Group, Stack, Text, TextInput } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { t } from '../../i18n.js';
import type { SectionProps } from './form.js';
import { emptyAbsence } from './values.js';

export function AbsencesSection({ form }: SectionProps) {
  const rows = form.values.absences;
  return (
    <FormSection legend={t('ui.admin.userForm.sections.absences')}>
      <Stack gap="sm">
        {rows.length === 0 && <Text size="sm" c="dimmed">{t('ui.admin.userForm.noAbsences')}</Text>}
        {rows.map((row, index) => (
          <Stack key={row.rowId} gap={4}>
            <Grid gap="xs" align="flex-end">
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <TextInput type="date" label={t('ui.admin.userForm.absenceFrom')} {...form.getInputProps(`absences.${index}.startsOn`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <TextInput type="date" label={t('ui.admin.userForm.absenceTo')} {...form.getInputProps(`absences.${index}.endsOn`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 'auto' }}>
                <TextInput label={t('ui.admin.userForm.absenceReason')} {...form.getInputProps(`absences.${index}.reason`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 'content' }}>
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeListItem('absences', index)}>
                  {t('ui.admin.userForm.removeAbsence')}
                </Button>
              </Grid.Col>
            </Grid>
            {form.errors[`absences.${index}`] && <Text size="xs" c="red.8">{form.errors[`absences.${index}`]}</Text>}
          </Stack>
        ))}
        <Group>
          <Button variant="light" onClick={() => form.insertListItem('absences', emptyAbsence())}>
            {t('ui.admin.userForm.addAbsence')}
          </Button>
        </Group>
      </Stack>
    </FormSection>
  );
}
