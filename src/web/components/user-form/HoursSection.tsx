import { Button, Grid, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { t } from '../../i18n.js';
import type { SectionProps } from './form.js';
import { hoursRow } from './values.js';

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
/** Narrow padding, so that "19:00" fits three inputs abreast on a phone. */
const timeStyles = { input: { paddingInline: 8 } };
const weekdayOptions = weekdays.map((day) => ({ value: String(day), label: t(`domain.weekday.${day}`) }));

/** Weekly opening hours: one row per slot (a day may have several). */
export function HoursSection({ form }: SectionProps) {
  const rows = form.values.workingHours;
  const addRow = () => {
    const last = rows.at(-1);
    const next = last ? Math.min(Number(last.weekday) + 1, 7) : 1;
    form.insertListItem('workingHours', hoursRow(next, last?.start, last?.end));
  };

  return (
    <FormSection legend={t('ui.admin.userForm.sections.hours')}>
      <Stack gap="sm">
        {rows.length === 0 && <Text size="sm" c="dimmed">{t('ui.admin.userForm.noHours')}</Text>}
        {rows.map((row, index) => (
          <Stack key={row.rowId} gap={4}>
            <Grid gap="xs" align="flex-end" columns={10}>
              <Grid.Col span={{ base: 4, sm: 2 }}>
                <NativeSelect
                  label={t('ui.admin.userForm.weekday')}
                  data={weekdayOptions}
                  {...form.getInputProps(`workingHours.${index}.weekday`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 3, sm: 2 }}>
                <TextInput type="time" styles={timeStyles} label={t('ui.admin.userForm.start')} {...form.getInputProps(`workingHours.${index}.start`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 3, sm: 2 }}>
                <TextInput type="time" styles={timeStyles} label={t('ui.admin.userForm.end')} {...form.getInputProps(`workingHours.${index}.end`)} />
              </Grid.Col>
              <Grid.Col span={{ base: 10, sm: 'content' }}>
                <Button variant="subtle" color="red" size="compact-sm" onClick={() => form.removeListItem('workingHours', index)}>
                  {t('ui.admin.userForm.removeHours')}
                </Button>
              </Grid.Col>
            </Grid>
            {form.errors[`workingHours.${index}`] && (
              <Text size="xs" c="red.8">{form.errors[`workingHours.${index}`]}</Text>
            )}
          </Stack>
        ))}
        <Group>
          <Button variant="light" onClick={addRow}>{t('ui.admin.userForm.addHours')}</Button>
        </Group>
        {form.errors.workingHours && <Text size="xs" c="red.8">{form.errors.workingHours}</Text>}
      </Stack>
    </FormSection>
  );
}
