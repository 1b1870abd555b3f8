import { Combobox, Loader, Stack, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { Territory } from '../../../core/territories.js';
import { ADDRESS_MIN_LENGTH, useAddressSuggestions } from '../../api/addresses.js';
import type { AddressSuggestion, PatientAddress } from '../../api/patient-types.js';
import { t } from '../../i18n.js';
import { requiredInput } from '../required.js';

interface AddressAutocompleteProps {
  territory: Territory;
  /** What the input shows. */
  text: string;
  /** The suggestion picked, if the text is one. */
  value: PatientAddress | null;
  /** The user typed: the address is no longer a picked suggestion. */
  onTextChange: (text: string) => void;
  onPick: (suggestion: AddressSuggestion) => void;
  onBlur?: () => void;
  error?: ReactNode;
}

/** "Adresse de résidence": suggestions of the address service (debounced), one of which must be picked. */
export function AddressAutocomplete({ territory, text, value, onTextChange, onPick, onBlur, error }: AddressAutocompleteProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [debounced] = useDebouncedValue(text, 250);
  // A picked address needs no search for itself.
  const query = value && debounced === value.label ? '' : debounced.trim();
  const suggestions = useAddressSuggestions(query, territory);
  const searching = query.length >= ADDRESS_MIN_LENGTH;
  const items = searching ? (suggestions.data?.suggestions ?? []) : [];
  const degraded = searching && suggestions.data?.degraded === true;
  const pending = !value && searching && (suggestions.isFetching || query !== text.trim());

  let empty: string | null = null;
  if (!value && text.trim().length > 0 && !searching) empty = t('ui.patients.form.addressTooShort');
  else if (searching && items.length === 0) empty = pending ? t('ui.patients.form.addressSearching') : t('ui.patients.form.addressNothing');

  return (
    <Stack gap={4}>
      <Combobox
        store={combobox}
        onOptionSubmit={(index) => {
          const picked = items[Number(index)];
          if (picked) onPick(picked);
          combobox.closeDropdown();
        }}
      >
        <Combobox.Target withExpandedAttribute>
          <TextInput
            label={t('ui.patients.fields.address')}
            placeholder={t('ui.patients.fields.addressPlaceholder')}
            autoComplete="off"
            {...requiredInput}
            value={text}
            error={error}
            rightSection={pending ? <Loader size={16} aria-hidden /> : null}
            onChange={(event) => {
              onTextChange(event.currentTarget.value);
              combobox.openDropdown();
              combobox.updateSelectedOptionIndex();
            }}
            onClick={() => combobox.openDropdown()}
            onFocus={() => combobox.openDropdown()}
            onBlur={() => {
              combobox.closeDropdown();
              onBlur?.();
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={items.length === 0 && empty === null}>
          <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
            {items.map((item, index) => (
              <Combobox.Option value={String(index)} key={`${item.label}-${item.lat}-${item.lng}`} active={value?.label === item.label}>
                {item.label}
              </Combobox.Option>
            ))}
            {items.length === 0 && empty !== null && <Combobox.Empty>{empty}</Combobox.Empty>}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {degraded && (
        <Text size="xs" c="orange.9" role="status">{t('ui.patients.form.addressDegraded')}</Text>
      )}
    </Stack>
  );
}
