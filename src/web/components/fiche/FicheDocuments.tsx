import { Alert, Anchor, Box, Button, Group, Image, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { documentUrl, useDocumentPreview, useFicheDocuments, type FicheDocument } from '../../api/documents.js';
import { t } from '../../i18n.js';
import { personName, shortDateTime } from '../declenchement/labels.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { DocumentForm } from './DocumentForm.js';

const THUMBNAIL_PX = 64;
const KIB = 1024;

/** "350 Ko", "1,2 Mo". */
function sizeLabel(bytes: number): string {
  if (bytes < KIB * KIB) return t('ui.fiche.documents.sizeKo', { size: Math.max(1, Math.round(bytes / KIB)) });
  return t('ui.fiche.documents.sizeMo', { size: (bytes / (KIB * KIB)).toLocaleString('fr-FR', { maximumFractionDigits: 1 }) });
}

/** An image's thumbnail, from the Blob the API sent (a grey square meanwhile). */
function Thumbnail({ document }: { document: FicheDocument }) {
  const preview = useDocumentPreview(document);
  if (!preview) return <Box w={THUMBNAIL_PX} h={THUMBNAIL_PX} bg="gray.1" style={{ borderRadius: 4, flexShrink: 0 }} />;
  return <Image src={preview} alt={t('ui.fiche.documents.preview', { title: document.title })} w={THUMBNAIL_PX} h={THUMBNAIL_PX} fit="cover" radius="sm" />;
}

function DocumentItem({ document, timeZone }: { document: FicheDocument; timeZone: string }) {
  return (
    <Group component="li" gap="sm" wrap="nowrap" align="flex-start">
      {document.mediaType !== 'application/pdf' && <Thumbnail document={document} />}
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Anchor
          href={documentUrl(document.id)}
          download={document.fileName}
          size="sm"
          fw={700}
          aria-label={t('ui.fiche.documents.download', { title: document.title })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {document.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {`${t('ui.fiche.documents.addedBy', { at: shortDateTime(document.createdAt, timeZone), name: personName(document.uploadedBy) })} - ${sizeLabel(document.sizeBytes)}`}
        </Text>
      </Stack>
    </Group>
  );
}

/**
 * The documents of a fiche, newest first, for those with its full view: a download link each, a
 * thumbnail for images; "Ajouter un document à la fiche" when the viewer may add one. Live: a
 * document added by someone else appears with the fiche's next refetch.
 */
export function FicheDocuments({ careRequestId, timeZone, canAdd }: { careRequestId: string; timeZone: string; canAdd: boolean }) {
  const documents = useFicheDocuments(careRequestId, true);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);

  return (
    <Stack gap="xs">
      {added && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setAdded(false)}>
          {t('ui.fiche.documents.added')}
        </Alert>
      )}
      {documents.isPending && <Loader size="sm" />}
      <ErrorAlert error={documents.error} />
      {documents.data?.length === 0 && <Text size="sm" c="dimmed">{t('ui.fiche.documents.empty')}</Text>}
      {documents.data && documents.data.length > 0 && (
        <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {documents.data.map((document) => (
            <DocumentItem key={document.id} document={document} timeZone={timeZone} />
          ))}
        </Stack>
      )}
      {canAdd && (
        <Group>
          <Button variant="light" size="sm" onClick={() => { setAdded(false); setAdding(true); }}>
            {t('ui.fiche.documents.add')}
          </Button>
        </Group>
      )}
      {adding && (
        <DocumentForm
          careRequestId={careRequestId}
          onClose={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            setAdded(true);
          }}
        />
      )}
    </Stack>
  );
}
