import type { UseFormReturnType } from '@mantine/form';
import type { UserFormValues } from './values.js';

export type UserFormApi = UseFormReturnType<UserFormValues>;

export interface SectionProps {
  form: UserFormApi;
}
