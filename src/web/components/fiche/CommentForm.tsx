import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useAddComment } from '../../api/care-requests.js';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

/** Longest comment and tag the server takes. */
const TEXT_MAX = 2000;
const TAG_MAX = 40;

/**
 * "Ajouter un commentaire / un tag": Commentaire, Tag (Facultatif), "+ Ajouter". The line appears in
 * the HORODATAGE of everyone who follows the fiche, live.
 */
export function CommentForm({ careRequestId }: { careRequestId: string }) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const [missing, setMissing] = useState(false);
  const comment = useAddComment();
  const serverFields = comment.error instanceof ApiError ? comment.error.fields : {};

  return (
    <form
      noValidate
      aria-label={t('ui.fiche.comment.title')}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        setMissing(trimmed === '');
        if (trimmed === '') return;
        comment.mutate(
          { id: careRequestId, text: trimmed, ...(tag.trim() === '' ? {} : { tag: tag.trim() }) },
          {
            onSuccess: () => {
              setText('');
              setTag('');
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <Text fw={700} size="sm">{t('ui.fiche.comment.title')}</Text>
        <ErrorAlert error={comment.error} unshownFields={Object.keys(serverFields).filter((name) => name !== 'text' && name !== 'tag')} />
        <Textarea
          label={t('ui.fiche.comment.text')}
          placeholder={t('ui.fiche.comment.textPlaceholder')}
          withAsterisk
          rows={2}
          maxLength={TEXT_MAX}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setMissing(false);
          }}
          error={missing ? t('ui.fiche.comment.required') : serverFields.text}
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            style={{ flex: '1 1 12rem' }}
            label={t('ui.fiche.comment.tag')}
            placeholder={t('ui.fiche.comment.tagPlaceholder')}
            description={t('ui.fiche.comment.tagHint')}
            maxLength={TAG_MAX}
            value={tag}
            onChange={(event) => setTag(event.currentTarget.value)}
            error={serverFields.tag}
          />
          <Button type="submit" loading={comment.isPending}>{t('ui.fiche.comment.submit')}</Button>
        </Group>
        {comment.isSuccess && !comment.isPending && (
          <Text size="sm" c="green" role="status">{t('ui.fiche.comment.added')}</Text>
        )}
      </Stack>
    </form>
  );
}
