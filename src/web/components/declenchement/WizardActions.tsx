import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { t } from '../../i18n.js';

interface WizardActionsProps {
  onCancel: () => void;
  /** Shows "Retour" (the previous step). */
  onBack?: () => void;
  /** Without it, "Suivant" submits the step's form. */
  onNext?: () => void;
  nextLabel?: string;
  nextDisabled?: boolean;
  loading?: boolean;
  /** Placed before "Annuler", e.g. "+ Plus". */
  extra?: ReactNode;
}

/** The wizard's footer: Annuler / Retour / Suivant, kept in sight at the bottom of long steps. */
export function WizardActions({ onCancel, onBack, onNext, nextLabel = t('ui.declenchement.next'), nextDisabled, loading, extra }: WizardActionsProps) {
  return (
    <Group
      py="sm"
      justify="flex-end"
      gap="sm"
      style={{ position: 'sticky', bottom: 0, zIndex: 2, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      {extra}
      <Button variant="default" onClick={onCancel}>{t('ui.declenchement.cancel')}</Button>
      {onBack && <Button variant="default" onClick={onBack}>{t('ui.declenchement.back')}</Button>}
      <Button type={onNext ? 'button' : 'submit'} onClick={onNext} disabled={nextDisabled} loading={loading}>
        {nextLabel}
      </Button>
    </Group>
  );
}
