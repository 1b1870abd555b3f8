import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { t } from '../i18n.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';

/** Last resort when a page fails to render (or its code fails to load after a deployment). */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>{t('ui.app.name')}</Title>
        <Alert color="red" variant="light" role="alert">{t('ui.errors.crash')}</Alert>
        <Button onClick={() => window.location.reload()}>{t('ui.errors.reload')}</Button>
      </Stack>
    </Container>
  );
}
