import type { UseFormReturnType } from '@mantine/form';
import type { PatientFormValues } from './patient-values.js';

export type PatientFormApi = UseFormReturnType<PatientFormValues>;

export interface PatientSectionProps {
  form: PatientFormApi;
}
