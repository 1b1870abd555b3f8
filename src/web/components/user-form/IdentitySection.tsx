import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { isCareProfession, professions, type Profession } from '../../../core/professions.js';
import { useCareActs } from '../../api/care-acts.js';
import { t } from '../../i18n.js';
import type { SectionProps } from './form.js';
import { careActsOf } from './values.js';
import { requiredInput } from '../required.js';

const professionOptions = professions.map((value) => ({ value, label: t(`domain.profession.${value}`) }));

export function IdentitySection({ form }: SectionProps) {
  const catalogue = useCareActs().data;
  const changeProfession = (profession: Profession) => {
    const acts = careActsOf(catalogue, profession);
    const kept = form.values.careActs.filter((act) => acts.includes(act));
    form.setFieldValue('profession', profession);
    form.setFieldValue('careActs', kept.length > 0 ? kept : [...acts]);
  };

  return (
    <FormSection legend={t('ui.admin.userForm.sections.identity')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('ui.admin.userForm.email')}
          type="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          {...requiredInput}
          {...form.getInputProps('email')}
        />
        <NativeSelect
          label={t('ui.admin.userForm.profession')}
          data={professionOptions}
          {...requiredInput}
          {...form.getInputProps('profession')}
          onChange={(event) => changeProfession(event.currentTarget.value as Profession)}
        />
        <TextInput label={t('ui.admin.userForm.firstName')} autoComplete="off" {...requiredInput} {...form.getInputProps('firstName')} />
        <TextInput label={t('ui.admin.userForm.lastName')} autoComplete="off" {...requiredInput} {...form.getInputProps('lastName')} />
        <TextInput label={t('ui.admin.userForm.rpps')} inputMode="numeric" maxLength={11} {...form.getInputProps('rpps')} />
        <TextInput label={t('ui.admin.userForm.adeli')} inputMode="numeric" maxLength={9} {...form.getInputProps('adeli')} />
        <TextInput label={t('ui.admin.userForm.mobilePhone')} type="tel" autoComplete="off" {...form.getInputProps('mobilePhone')} />
      </SimpleGrid>
      {isCareProfession(form.values.profession) && (
        <Text size="xs" c="dimmed" mt="xs">{t('ui.admin.userForm.nationalIdHint')}</Text>
      )}
    </FormSection>
  );
}
