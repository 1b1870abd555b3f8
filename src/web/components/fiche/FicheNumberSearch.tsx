import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { parseFicheNumber } from '../../../core/care-requests/number.js';
import { t } from '../../i18n.js';
import { fichePath } from '../declenchement/labels.js';

/** "#NUMÉRO FICHE": opens the fiche typed (`#22421371`, `22421371`). */
export function FicheNumberSearch() {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        const number = parseFicheNumber(value);
        if (number === null) {
          setError(t('ui.fiche.invalidNumber'));
          return;
        }
        setError(null);
        void navigate(fichePath(number));
      }}
    >
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={t('ui.fiche.search')}
          placeholder={t('ui.fiche.searchPlaceholder')}
          inputMode="numeric"
          autoComplete="off"
          value={value}
          error={error}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            setError(null);
          }}
          w={{ base: '100%', xs: 220 }}
        />
        <Button type="submit" variant="default" mt={25}>{t('ui.fiche.open')}</Button>
      </Group>
    </form>
  );
}
