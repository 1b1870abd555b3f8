import { Fieldset, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of a long form, as a fieldset (its legend names the group for screen readers). */
export function FormSection({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={<Text component="span" fw={700} size="md">{legend}</Text>} radius="md" p={{ base: 'xs', sm: 'md' }}>
      {children}
    </Fieldset>
  );
}
