import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

/** Longest motif the server takes. */
const REASON_MAX = 500;

interface ReasonModalProps {
  title: string;
  hint: string;
  /** Shown when the motif is left empty. */
  requiredMessage: string;
  submitLabel: string;
  onClose: () => void;
  onSubmit: (reason: string) => void;
  pending: boolean;
  error: unknown;
}

/** A mandatory "Motif" before an action ("Annuler la demande", "Rendre la prise en charge"). Mount it to open it. */
export function ReasonModal({ title, hint, requiredMessage, submitLabel, onClose, onSubmit, pending, error }: ReasonModalProps) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const serverFields = error instanceof ApiError ? error.fields : {};

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('ui.fiche.actions.close') }} title={<Text fw={700}>{title}</Text>}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = reason.trim();
          setMissing(trimmed === '');
          if (trimmed !== '') onSubmit(trimmed);
        }}
      >
        <Stack>
          <ErrorAlert error={error} unshownFields={Object.keys(serverFields).filter((name) => name !== 'reason')} />
          <Textarea
            label={t('ui.fiche.actions.reasonLabel')}
            description={hint}
            withAsterisk
            required
            rows={3}
            maxLength={REASON_MAX}
            data-autofocus
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setMissing(false);
            }}
            error={missing ? requiredMessage : serverFields.reason}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('ui.fiche.actions.back')}</Button>
            <Button type="submit" color="red" loading={pending}>{submitLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
