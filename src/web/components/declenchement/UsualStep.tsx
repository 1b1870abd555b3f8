import { Stack } from '@mantine/core';
import type { PatientDetail } from '../../api/patient-types.js';
import { UsualProfessionalsEditor } from '../patients/UsualProfessionalsEditor.js';
import { WizardActions } from './WizardActions.js';

interface UsualStepProps {
  patient: PatientDetail;
  onNext: () => void;
  onBack: () => void;
  onCancel: () => void;
}

/** "CRÉATION DÉCLENCHEMENT - PROFESSIONNELS HABITUELS": the patient's usual care team, saved as it is edited. */
export function UsualStep({ patient, onNext, onBack, onCancel }: UsualStepProps) {
  return (
    <Stack gap="lg">
      <UsualProfessionalsEditor patientId={patient.id} professionals={patient.usualProfessionals} />
      <WizardActions onCancel={onCancel} onBack={onBack} onNext={onNext} />
    </Stack>
  );
}
