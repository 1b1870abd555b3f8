import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { FormSection } from './FormSection.js';
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { ApiError } from '../../api/client.js';
import type { OrganisationRef, UserInput } from '../../api/types.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { AbsencesSection } from './AbsencesSection.js';
import { CareSection } from './CareSection.js';
import { HoursSection } from './HoursSection.js';
import { IdentitySection } from './IdentitySection.js';
import { OrganisationSection } from './OrganisationSection.js';
import { PracticeSection } from './PracticeSection.js';
import { PASSWORD_MIN_LENGTH } from '../../../core/validators/password.js';
import { toUserInput, unshownFields, type UserFormValues } from './values.js';
import { requiredInput } from '../required.js';

interface UserFormProps {
  mode: 'create' | 'edit';
  initialValues: UserFormValues;
  currentOrganisation: OrganisationRef | null;
  communeLabel: string | null;
  /** Saves; a rejected ApiError's `fields` are shown under the matching inputs. */
  onSubmit: (input: UserInput) => Promise<unknown>;
  error: unknown;
  saving: boolean;
  /** Shown beside the buttons after a save, e.g. "Modifications enregistrées.". */
  status: string | null;
  onCancel: () => void;
}

const required = (value: string) => (value.trim() ? null : t('fields.required'));

export function UserForm(props: UserFormProps) {
  const { mode, initialValues, currentOrganisation, communeLabel, onSubmit, error, saving, status, onCancel } = props;
  const alertRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<UserFormValues>({
    initialValues,
    validate: {
      email: required,
      firstName: required,
      lastName: required,
      password: (value) => {
        if (mode === 'edit' && value === '') return null;
        return value.length >= PASSWORD_MIN_LENGTH ? null : t('fields.password.too_short', { min: PASSWORD_MIN_LENGTH });
      },
    },
  });

  // Takes the user to the first field to correct, or else to the error message.
  const showFirstError = () =>
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      else alertRef.current?.scrollIntoView?.({ block: 'center' });
    });

  const submit = form.onSubmit(async (values) => {
    try {
      await onSubmit(toUserInput(values));
      form.setFieldValue('password', '');
      form.resetDirty();
    } catch (caught) {
      if (caught instanceof ApiError) form.setErrors(caught.fields);
      showFirstError();
    }
  }, showFirstError);

  const fields = error instanceof ApiError ? error.fields : {};
  return (
    <form noValidate onSubmit={submit} ref={formRef}>
      <Stack gap="lg">
        <div ref={alertRef}>
          <ErrorAlert error={error} unshownFields={unshownFields(fields)} />
        </div>
        <IdentitySection form={form} />
        <OrganisationSection form={form} currentOrganisation={currentOrganisation} />
        <PracticeSection form={form} communeLabel={communeLabel} />
        <CareSection form={form} />
        <HoursSection form={form} />
        <AbsencesSection form={form} />
        <FormSection legend={t('ui.admin.userForm.sections.password')}>
          <PasswordInput
            label={t('ui.admin.userForm.password')}
            description={
              mode === 'create'
                ? t('ui.admin.userForm.passwordHintCreate', { min: PASSWORD_MIN_LENGTH })
                : t('ui.admin.userForm.passwordHintEdit')
            }
            autoComplete="new-password"
            {...(mode === 'create' ? requiredInput : {})}
            maw={420}
            {...form.getInputProps('password')}
          />
        </FormSection>
        {/* Kept in view at the bottom of the screen: the form is long. */}
        <Group
          py="sm"
          style={{ position: 'sticky', bottom: 0, zIndex: 2, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Button type="submit" loading={saving}>{t('ui.common.save')}</Button>
          <Button variant="default" onClick={onCancel}>{t('ui.common.cancel')}</Button>
          <Text role="status" size="sm" c="green.9" fw={600}>{status}</Text>
        </Group>
      </Stack>
    </form>
  );
}
