import { Button, Group, Modal, Radio, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { declineReasons, type DeclineInput, type DeclineReason } from '../../api/care-request-types.js';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

interface DeclineModalProps {
  /** "#24426443", in the title. */
  number: string;
  onClose: () => void;
  onSubmit: (input: DeclineInput) => void;
  pending: boolean;
  error: unknown;
}

/** "Décliner": Hors zone, Indisponible, Soin non pratiqué, or Autre with a mandatory text. Mount it to open it. */
export function DeclineModal({ number, onClose, onSubmit, pending, error }: DeclineModalProps) {
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; comment?: string }>({});
  const serverFields = error instanceof ApiError ? error.fields : {};

  const submit = () => {
    const found: { reason?: string; comment?: string } = {};
    if (reason === '') found.reason = t('ui.fiche.actions.declineModal.reasonRequired');
    if (reason === 'autre' && comment.trim() === '') found.comment = t('ui.fiche.actions.declineModal.commentRequired');
    setErrors(found);
    if (reason === '' || Object.keys(found).length > 0) return;
    const trimmed = comment.trim();
    onSubmit(trimmed === '' ? { reason } : { reason, comment: trimmed });
  };

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('ui.fiche.actions.close') }} title={`${t('ui.fiche.actions.declineModal.title')} ${number}`}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack>
          <ErrorAlert error={error} unshownFields={Object.keys(serverFields).filter((name) => name !== 'reason' && name !== 'comment')} />
          <Radio.Group
            label={t('ui.fiche.actions.declineModal.reason')}
            withAsterisk
            value={reason}
            onChange={(value) => {
              setReason(value as DeclineReason);
              setErrors((previous) => ({ ...previous, reason: undefined }));
            }}
            error={errors.reason ?? serverFields.reason}
          >
            <Stack gap="xs" mt="xs">
              {declineReasons.map((value) => (
                <Radio key={value} value={value} label={t(`domain.declineReason.${value}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('ui.fiche.actions.declineModal.comment')}
            withAsterisk={reason === 'autre'}
            required={reason === 'autre'}
            rows={2}
            maxLength={500}
            value={comment}
            onChange={(event) => {
              setComment(event.currentTarget.value);
              setErrors((previous) => ({ ...previous, comment: undefined }));
            }}
            error={errors.comment ?? serverFields.comment}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('ui.fiche.actions.back')}</Button>
            <Button type="submit" color="red" loading={pending}>{t('ui.fiche.actions.declineModal.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
