import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { normalizePhone } from '../../../core/validators/phone.js';
import type { CareRequestBatch, CareRequestInput } from '../../api/care-request-types.js';
import type { PatientIdentity } from '../../api/patient-types.js';
import { useCaller } from '../../api/care-requests.js';
import { usePatient, useSavePatient } from '../../api/patients.js';
import { useCurrentUser } from '../../api/session.js';
import { callerValues, CallerStep } from '../../components/declenchement/CallerStep.js';
import { RequestsStep } from '../../components/declenchement/RequestsStep.js';
import { SuccessModal } from '../../components/declenchement/SuccessModal.js';
import { UsualStep } from '../../components/declenchement/UsualStep.js';
import { WizardActions } from '../../components/declenchement/WizardActions.js';
import { newDeclenchementPath } from '../../components/declenchement/labels.js';
import { currentStep, initialWizardState, wizardReducer, type CallerDraft, type WizardState } from '../../components/declenchement/wizard-state.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { isCompleteIdentity, patientName } from '../../components/patients/labels.js';
import { PatientForm } from '../../components/patients/PatientForm.js';
import { PatientSearchForm } from '../../components/patients/PatientSearchForm.js';
import { newPatientValues } from '../../components/patients/patient-values.js';
import { t } from '../../i18n.js';

/** "Autre patient" reopens the wizard with this router state: the same caller, from RECHERCHE PATIENT. */
interface RestartState {
  restart: CallerDraft;
}

function restartFromState(state: unknown): CallerDraft | null {
  if (typeof state !== 'object' || state === null || !('restart' in state)) return null;
  const caller = (state as RestartState).restart;
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return { callerPhone: text(caller.callerPhone), directLine: text(caller.directLine) };
}

/** `/declenchements/nouveau[?patient=<id>]`: a fresh wizard on every visit. */
export function DeclenchementPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  return <DeclenchementWizard key={location.key} patientId={params.get('patient')} restart={restartFromState(location.state)} />;
}

function initialState({ patientId, restart }: { patientId: string | null; restart: CallerDraft | null }): WizardState {
  if (restart) return wizardReducer(initialWizardState({ caller: restart }), { type: 'restart' });
  return initialWizardState({ patientId });
}

function DeclenchementWizard({ patientId, restart }: { patientId: string | null; restart: CallerDraft | null }) {
  const [state, dispatch] = useReducer(wizardReducer, { patientId, restart }, initialState);
  const [sent, setSent] = useState<{ batch: CareRequestBatch; inputs: CareRequestInput[] } | null>(null);
  const user = useCurrentUser();
  const caller = useCaller();
  const step = currentStep(state);
  const needsPatient = step === 'usual' || step === 'requests';
  const patient = usePatient(needsPatient ? (state.patientId ?? undefined) : undefined);
  const savePatient = useSavePatient(state.createdPatientId ?? undefined);
  const navigate = useNavigate();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Each step is announced by moving the focus to its title.
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);

  if (!user) return null;

  // "Annuler": back where the user came from (the dashboard when the wizard was opened directly).
  const cancel = () => void (location.key === 'default' ? navigate('/') : navigate(-1));
  const back = () => dispatch({ type: 'back' });
  const detail = patient.data;

  let body;
  switch (step) {
    case 'caller':
      body = (
        <CallerStep
          caller={caller.data}
          error={caller.error}
          draft={state.caller}
          errors={state.callerErrors}
          onChange={(patch) => dispatch({ type: 'callerChanged', patch })}
          onNext={() => {
            const errors = callerPhoneErrors(callerValues(state.caller, caller.data));
            dispatch({ type: 'setCallerErrors', errors });
            if (Object.keys(errors).length === 0) dispatch({ type: 'next' });
          }}
          onCancel={cancel}
        />
      );
      break;
    case 'search':
      body = (
        <PatientSearchForm
          initialValues={state.identity}
          onChange={(identity) => dispatch({ type: 'identityChanged', identity })}
          onChoose={(chosen) => dispatch({ type: 'patientChosen', patientId: chosen.id })}
          onNotRegistered={(identity) => dispatch({ type: 'notRegistered', identity })}
          chooseLabel={t('ui.declenchement.choosePatient')}
          actions={
            <>
              <Button variant="default" onClick={cancel}>{t('ui.declenchement.cancel')}</Button>
              <Button variant="default" onClick={back}>{t('ui.declenchement.back')}</Button>
              <Button
                disabled={!isCompleteIdentity(state.identity)}
                onClick={() => dispatch({ type: 'notRegistered', identity: trimmedIdentity(state.identity) })}
              >
                {t('ui.declenchement.next')}
              </Button>
            </>
          }
        />
      );
      break;
    case 'patient':
      body = (
        <PatientForm
          initialValues={state.patientValues ?? newPatientValues(state.identity)}
          onValuesChange={(values) => dispatch({ type: 'patientValuesChanged', values })}
          onSubmit={async (input) => {
            const result = await savePatient.mutateAsync(input);
            dispatch({ type: 'patientSaved', patientId: result.patient.id });
          }}
          onCancel={cancel}
          onBack={back}
        />
      );
      break;
    case 'usual':
    case 'requests':
      if (patient.isPending) body = <FullPageLoader />;
      else if (!detail) {
        body = (
          <Stack>
            <ErrorAlert error={patient.error} />
            <WizardActions onCancel={cancel} onBack={back} nextDisabled />
          </Stack>
        );
      } else if (step === 'usual') {
        body = <UsualStep patient={detail} onCancel={cancel} onBack={back} onNext={() => dispatch({ type: 'toRequests', patientTimeZone: detail.timeZone })} />;
      } else {
        body = (
          <RequestsStep
            requests={state.requests}
            dispatch={dispatch}
            userProfession={user.profession}
            patientId={detail.id}
            patientTimeZone={state.patientTimeZone}
            caller={callerValues(state.caller, caller.data)}
            onSent={(batch, inputs) => setSent({ batch, inputs })}
            onBack={back}
            onCancel={cancel}
          />
        );
      }
      break;
  }

  return (
    <Stack maw={1100}>
      <Title order={1} ref={headingRef} tabIndex={-1} style={{ outline: 'none', fontSize: 'clamp(1.375rem, 5vw, 2.125rem)' }}>
        {t(`ui.declenchement.titles.${step}`)}
      </Title>
      {needsPatient && detail && (
        <Paper bg="blue.0" p="xs" radius="sm">
          <Text size="sm" fw={600}>
            {t('ui.declenchement.patientLine', { name: patientName(detail) })}
            <Text component="span" size="sm" fw={400}>{` — ${detail.ageLabel}`}</Text>
          </Text>
        </Paper>
      )}
      {body}
      {sent && (
        <SuccessModal
          batch={sent.batch}
          inputs={sent.inputs}
          onOtherPatient={() => {
            // Without the patient in the address, so that a reload does not bring them back.
            const restartState: RestartState = { restart: state.caller };
            void navigate(newDeclenchementPath(), { replace: true, state: restartState });
          }}
          onOk={() => void navigate('/')}
        />
      )}
    </Stack>
  );
}

/** Tél appel and Ligne directe are optional, but must be real numbers when given. */
function callerPhoneErrors(values: { callerPhone: string; directLine: string }): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value.trim() !== '' && normalizePhone(value) === null) errors[field] = t('fields.phone.invalid');
  }
  return errors;
}

function trimmedIdentity(identity: PatientIdentity): PatientIdentity {
  return { phone: identity.phone.trim(), lastName: identity.lastName.trim(), firstName: identity.firstName.trim(), birthDate: identity.birthDate };
}
