import { Alert, List, Text } from '@mantine/core';
import { ApiError, errorMessage } from '../api/client.js';
import { t } from '../i18n.js';

interface ErrorAlertProps {
  error: unknown;
  /** Field errors that no input of the page displays, listed under the message. */
  unshownFields?: readonly string[];
  title?: string;
}

/** Shows an API error's French message (role="alert"), or nothing without an error. */
export function ErrorAlert({ error, unshownFields = [], title }: ErrorAlertProps) {
  if (!error) return null;
  const fields = error instanceof ApiError ? error.fields : {};
  const extra = unshownFields.map((name) => fields[name]).filter((message): message is string => Boolean(message));
  return (
    <Alert color="red" variant="light" role="alert" title={title}>
      <Text size="sm">{errorMessage(error)}</Text>
      {extra.length > 0 && (
        <>
          <Text size="sm" mt="xs">{t('ui.errors.otherFields')}</Text>
          <List size="sm">
            {extra.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
