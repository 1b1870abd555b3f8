import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import type { PatientInput } from '../../api/patient-types.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { ContactSection } from './ContactSection.js';
import { IdentitySection } from './IdentitySection.js';
import { patientValidation, splitFieldErrors, toPatientInput, type PatientFormValues } from './patient-values.js';
import { ResidenceSection } from './ResidenceSection.js';

export interface PatientFormProps {
  initialValues: PatientFormValues;
  /** Saves; a rejected ApiError's `fields` are shown under the matching inputs. */
  onSubmit: (input: PatientInput) => Promise<unknown>;
  onCancel: () => void;
  /** Shows "Retour" (the wizard's previous step). */
  onBack?: () => void;
  /** Default "Suivant". */
  submitLabel?: string;
  /** Shown above the form, e.g. a title or an explanation. */
  header?: ReactNode;
  /** Told of every change, e.g. to keep the wizard's draft when the user goes back. */
  onValuesChange?: (values: PatientFormValues) => void;
}

/** Step 4 "PATIENT": coordonnées, identité and résidence of a patient, to create or edit. */
export function PatientForm({ initialValues, onSubmit, onCancel, onBack, submitLabel = t('ui.patients.form.next'), header, onValuesChange }: PatientFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [unshown, setUnshown] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const form = useForm<PatientFormValues>({ initialValues, validate: patientValidation, validateInputOnBlur: ['address'], onValuesChange });

  // Takes the user to the first field to correct, or else to the error message.
  const showFirstError = () =>
    requestAnimationFrame(() => {
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      else alertRef.current?.scrollIntoView?.({ block: 'center' });
    });

  const submit = form.onSubmit(async (values) => {
    setError(null);
    setSaving(true);
    try {
      await onSubmit(toPatientInput(values));
      form.resetDirty();
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiError) {
        const { shown, unshown: others } = splitFieldErrors(caught.fields);
        form.setErrors(shown);
        setUnshown(others);
      }
      showFirstError();
    } finally {
      setSaving(false);
    }
  }, showFirstError);

  return (
    <form noValidate onSubmit={submit} ref={formRef}>
      <Stack gap="lg">
        {header}
        <div ref={alertRef}>
          <ErrorAlert error={error} unshownFields={unshown} />
        </div>
        <ContactSection form={form} />
        <IdentitySection form={form} />
        <ResidenceSection form={form} />
        <Group
          py="sm"
          justify="flex-end"
          style={{ position: 'sticky', bottom: 0, zIndex: 2, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Button variant="default" onClick={onCancel}>{t('ui.patients.form.cancel')}</Button>
          {onBack && <Button variant="default" onClick={onBack}>{t('ui.patients.form.back')}</Button>}
          <Button type="submit" loading={saving}>{submitLabel}</Button>
        </Group>
      </Stack>
    </form>
  );
}
