import { Button, Group, Stack, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { validateBatchInput } from '../../../core/care-requests/request-input.js';
import type { CareRequestInput } from '../../../core/care-requests/types.js';
import { AppError } from '../../../core/errors.js';
import { careProfessions, type CareProfession, type Profession } from '../../../core/professions.js';
import { careActsOfProfession, useCareActs } from '../../api/care-acts.js';
import type { CareAct, CareRequestBatch } from '../../api/care-request-types.js';
import { useCreateCareRequestBatch } from '../../api/care-requests.js';
import { ApiError } from '../../api/client.js';
import { newClientKey } from '../../api/client-key.js';
import { t, type MessageKey } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { RequestBlock } from './RequestBlock.js';
import { RequestSummary } from './RequestSummary.js';
import { WizardActions } from './WizardActions.js';
import { splitBatchErrors, toCareRequestInput, type RequestDraft, type WizardAction } from './wizard-state.js';

/** The French text of a field code (`comment.required` → "Vous ne pouvez pas…"). */
export function fieldMessage(code: string): string {
  const key = `fields.${code}`;
  const text = t(key as MessageKey);
  return text === key ? t('fields.invalid') : text;
}

/** The server's catalogue of a profession (empty until it is loaded; "Déclencher" waits for it). */
function catalogueOf(acts: readonly CareAct[] | undefined, profession: CareProfession | ''): CareAct[] {
  return profession === '' || !acts ? [] : careActsOfProfession(acts, profession);
}

interface RequestsStepProps {
  requests: readonly RequestDraft[];
  dispatch: (action: WizardAction) => void;
  userProfession: Profession;
  patientId: string;
  patientTimeZone: string;
  caller: { callerPhone: string; directLine: string };
  onSent: (batch: CareRequestBatch, inputs: CareRequestInput[]) => void;
  onBack: () => void;
  onCancel: () => void;
}

/** "CRÉATION DÉCLENCHEMENT — Informations du/des déclenchement(s)": one block per request, then "Déclencher". */
export function RequestsStep({ requests, dispatch, userProfession, patientId, patientTimeZone, caller, onSent, onBack, onCancel }: RequestsStepProps) {
  const careActs = useCareActs();
  const create = useCreateCareRequestBatch();
  const [error, setError] = useState<unknown>(null);
  // One key for this form: a retry after a network error returns the déclenchement already made.
  const [clientKey] = useState(newClientKey);
  const [unshown, setUnshown] = useState<string[]>([]);
  const rootRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const several = requests.length > 1;

  const showFirstError = () =>
    requestAnimationFrame(() => {
      const invalid = rootRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      if (invalid) invalid.focus();
      else alertRef.current?.scrollIntoView?.({ block: 'center' });
    });

  const submit = async () => {
    setError(null);
    setUnshown([]);
    const inputs = requests.map((draft) => toCareRequestInput(draft, userProfession));
    try {
      validateBatchInput(inputs, {
        now: new Date(),
        patientTimeZone,
        careActsOf: (profession) => catalogueOf(careActs.data, profession).map((act) => act.code),
      });
    } catch (caught) {
      if (!(caught instanceof AppError) || caught.code !== 'validation.failed') throw caught;
      const split = splitBatchErrors(caught.fields, requests, fieldMessage);
      dispatch({ type: 'setErrors', requests: split.requests });
      showFirstError();
      return;
    }
    dispatch({ type: 'setErrors', requests: {} });
    try {
      const result = await create.mutateAsync({
        patientId,
        callerPhone: caller.callerPhone.trim() || null,
        directLine: caller.directLine.trim() || null,
        requests: inputs,
        clientKey,
      });
      onSent(result.batch, inputs);
    } catch (caught) {
      setError(caught);
      if (caught instanceof ApiError) {
        const split = splitBatchErrors(caught.fields, requests);
        dispatch({ type: 'setErrors', requests: split.requests, caller: split.caller });
        setUnshown([...Object.keys(split.caller), ...split.other]);
      }
      showFirstError();
    }
  };

  return (
    <form
      ref={rootRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Title order={2} size="h3">{t('ui.declenchement.requests.title')}</Title>
        <div ref={alertRef}>
          <ErrorAlert error={error} unshownFields={unshown} />
        </div>
        <ErrorAlert error={careActs.error} />
        {requests.map((draft, position) => {
          const index = position + 1;
          const remove = several ? () => dispatch({ type: 'removeRequest', key: draft.key }) : undefined;
          return draft.open ? (
            <RequestBlock
              key={draft.key}
              draft={draft}
              index={index}
              userProfession={userProfession}
              careActs={catalogueOf(careActs.data, draft.profession)}
              onChange={(patch) => dispatch({ type: 'updateRequest', key: draft.key, patch })}
              onRemove={remove}
            />
          ) : (
            <RequestSummary key={draft.key} draft={draft} index={index} onOpen={() => dispatch({ type: 'toggleRequest', key: draft.key })} onRemove={remove} />
          );
        })}
        <Group>
          <Button variant="light" disabled={requests.length >= careProfessions.length} onClick={() => dispatch({ type: 'addRequest' })}>
            {t('ui.declenchement.requests.more')}
          </Button>
        </Group>
        <WizardActions onCancel={onCancel} onBack={onBack} nextLabel={t('ui.declenchement.requests.submit')} loading={create.isPending || careActs.isPending} />
      </Stack>
    </form>
  );
}
