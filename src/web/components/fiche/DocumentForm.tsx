import { Button, FileInput, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { DOCUMENT_MAX_BYTES, DOCUMENT_TITLE_MAX, documentExtensions, documentMediaTypes, hasDocumentExtension } from '../../../core/documents.js';
import { ApiError } from '../../api/client.js';
import { useAddDocument } from '../../api/documents.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

/** What the file chooser proposes; the server decides by the content. */
const ACCEPT = [...documentExtensions, ...documentMediaTypes].join(',');

/** A quick check before sending (name and size only): null when the file may go. */
function precheck(file: File | null): string | null {
  if (!file) return t('ui.fiche.documents.fileRequired');
  if (!hasDocumentExtension(file.name)) return t('ui.fiche.documents.wrongType');
  if (file.size > DOCUMENT_MAX_BYTES) return t('ui.fiche.documents.tooLarge');
  return null;
}

/**
 * "Ajouter un document à la fiche": Sélectionnez un fichier, Titre du fichier sélectionné (the file
 * name unless changed), Valider / Retour. Mount it to open it; `onAdded` once the server took it.
 */
export function DocumentForm({ careRequestId, onClose, onAdded }: { careRequestId: string; onClose: () => void; onAdded: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const add = useAddDocument(careRequestId);
  const serverFields = add.error instanceof ApiError ? add.error.fields : {};

  const choose = (next: File | null) => {
    // The title follows the file chosen, unless the user wrote their own.
    if (title === '' || title === file?.name) setTitle(next?.name ?? '');
    setFile(next);
    setFileError(null);
    add.reset();
  };

  return (
    <Modal opened onClose={onClose} closeButtonProps={{ 'aria-label': t('ui.fiche.actions.close') }} title={<Text fw={700}>{t('ui.fiche.documents.add')}</Text>}>
      <form
        noValidate
        aria-label={t('ui.fiche.documents.add')}
        onSubmit={(event) => {
          event.preventDefault();
          const problem = precheck(file);
          setFileError(problem);
          if (problem === null && file) add.mutate({ file, title: title.trim() }, { onSuccess: onAdded });
        }}
      >
        <Stack>
          <ErrorAlert error={add.error} unshownFields={Object.keys(serverFields).filter((name) => name !== 'file' && name !== 'title')} />
          <FileInput
            label={t('ui.fiche.documents.file')}
            placeholder={t('ui.fiche.documents.file')}
            description={t('ui.fiche.documents.limit')}
            accept={ACCEPT}
            clearable
            withAsterisk
            value={file}
            onChange={choose}
            error={fileError ?? serverFields.file}
          />
          <TextInput
            label={t('ui.fiche.documents.fileTitle')}
            description={t('ui.fiche.documents.titleHint')}
            placeholder={file?.name}
            maxLength={DOCUMENT_TITLE_MAX}
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={serverFields.title}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('ui.fiche.documents.back')}</Button>
            <Button type="submit" loading={add.isPending}>{t('ui.fiche.documents.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
