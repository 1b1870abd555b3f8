import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { communeLabel, useCommunes } from '../../api/communes.js';
import { t } from '../../i18n.js';

export interface CommuneChoice {
  inseeCode: string;
  postcode: string | null;
}

interface CommuneSelectProps {
  value: CommuneChoice | null;
  /** Label of the commune already chosen, e.g. "Évry-Courcouronnes (91000)". */
  initialLabel: string | null;
  onChange: (choice: CommuneChoice | null) => void;
  error?: ReactNode;
  onBlur?: () => void;
}

/** One option per commune and postcode: "inseeCode:postcode". */
const encode = (choice: CommuneChoice) => `${choice.inseeCode}:${choice.postcode ?? ''}`;
function decode(value: string): CommuneChoice {
  const [inseeCode = '', postcode = ''] = value.split(':');
  return { inseeCode, postcode: postcode || null };
}

/** Searchable commune picker fed by the server (`/api/admin/communes?q=`, a name or a postcode). */
export function CommuneSelect({ value, initialLabel, onChange, error, onBlur }: CommuneSelectProps) {
  const [selected, setSelected] = useState<ComboboxItem | null>(
    value && initialLabel ? { value: encode(value), label: initialLabel } : null,
  );
  const [search, setSearch] = useState(selected?.label ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  // Once a commune is picked the input shows its label: no need to search for that.
  const query = debounced === selected?.label ? '' : debounced.trim();
  const communes = useCommunes(query);

  const found: ComboboxItem[] = (query.length >= 2 ? (communes.data ?? []) : []).flatMap((commune) =>
    (commune.postcodes.length > 0 ? commune.postcodes : [null]).map((postcode) => ({
      value: encode({ inseeCode: commune.inseeCode, postcode }),
      label: communeLabel(commune.name, postcode),
    })),
  );
  const data = selected && !found.some((item) => item.value === selected.value) ? [selected, ...found] : found;

  return (
    <Select
      label={t('ui.admin.userForm.commune')}
      placeholder={t('ui.admin.userForm.communePlaceholder')}
      data={data}
      value={value ? encode(value) : null}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.length >= 2 && !communes.isFetching ? t('ui.admin.userForm.communeNothing') : undefined}
      onChange={(encoded, option) => {
        setSelected(option);
        onChange(encoded ? decode(encoded) : null);
      }}
      onBlur={onBlur}
      error={error}
    />
  );
}
