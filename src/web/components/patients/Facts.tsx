import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Label–value pairs as a description list; empty values are left out. */
export function Facts({ facts, cols = 2 }: { facts: readonly Fact[]; cols?: number }) {
  const shown = facts.filter((fact) => fact.value !== null && fact.value !== undefined && fact.value !== '');
  if (shown.length === 0) return null;
  return (
    <SimpleGrid component="dl" cols={{ base: Math.min(2, cols), sm: cols }} spacing="sm" verticalSpacing={6} m={0}>
      {shown.map((fact) => (
        <div key={fact.label} style={{ minWidth: 0 }}>
          <Text component="dt" size="xs" c="dimmed">{fact.label}</Text>
          <Text component="dd" size="sm" m={0} fw={500} style={{ overflowWrap: 'anywhere' }}>{fact.value}</Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
