import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { Caller } from '../../api/care-request-types.js';
import { formatPhone, professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { FormSection } from '../user-form/FormSection.js';
import type { CallerDraft, FieldMessages } from './wizard-state.js';
import { personName } from './labels.js';
import { WizardActions } from './WizardActions.js';

/** The values sent for APPELANT: what the user typed, else the server's prefill. */
export function callerValues(draft: CallerDraft, caller: Caller | undefined): { callerPhone: string; directLine: string } {
  return {
    callerPhone: draft.callerPhone ?? formatPhone(caller?.mobilePhone),
    directLine: draft.directLine ?? formatPhone(caller?.directLine),
  };
}

interface CallerStepProps {
  caller: Caller | undefined;
  error: unknown;
  draft: CallerDraft;
  errors: FieldMessages;
  onChange: (patch: Partial<CallerDraft>) => void;
  onNext: () => void;
  onCancel: () => void;
}

/** "CRÉATION DÉCLENCHEMENT - APPELANT": the caller checks who they are and how to reach them. */
export function CallerStep({ caller, error, draft, errors, onChange, onNext, onCancel }: CallerStepProps) {
  const values = callerValues(draft, caller);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onNext();
      }}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">{t('ui.declenchement.caller.intro')}</Text>
        <ErrorAlert error={error} />
        <TextInput
          label={t('ui.declenchement.caller.callerPhone')}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          maw={320}
          value={values.callerPhone}
          error={errors.callerPhone}
          onChange={(event) => onChange({ callerPhone: event.currentTarget.value })}
        />
        <FormSection legend={t('ui.declenchement.caller.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('ui.declenchement.caller.service')} readOnly variant="filled" value={caller?.organisationName ?? ''} />
            <TextInput label={t('ui.declenchement.caller.caller')} readOnly variant="filled" value={caller ? personName(caller) : ''} />
            <TextInput label={t('ui.declenchement.caller.profession')} readOnly variant="filled" value={caller ? professionLabel(caller.profession) : ''} />
            <TextInput label={t('ui.declenchement.caller.phone')} readOnly variant="filled" value={formatPhone(caller?.organisationPhone)} />
            <TextInput
              label={t('ui.declenchement.caller.directLine')}
              description={t('ui.declenchement.caller.directLineHint')}
              type="tel"
              inputMode="tel"
              value={values.directLine}
              error={errors.directLine}
              onChange={(event) => onChange({ directLine: event.currentTarget.value })}
            />
          </SimpleGrid>
        </FormSection>
        <WizardActions onCancel={onCancel} />
      </Stack>
    </form>
  );
}
