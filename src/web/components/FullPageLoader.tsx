import { Center, Loader } from '@mantine/core';
import { t } from '../i18n.js';

export function FullPageLoader() {
  return (
    <Center mih="50vh" role="status" aria-label={t('ui.app.loading')}>
      <Loader />
    </Center>
  );
}
