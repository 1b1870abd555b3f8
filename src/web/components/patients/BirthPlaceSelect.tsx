import { Select, type ComboboxItem } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { usePublicCommunes } from '../../api/addresses.js';
import type { BirthPlace } from '../../api/patient-types.js';
import { t } from '../../i18n.js';

interface BirthPlaceSelectProps {
  value: BirthPlace | null;
  onChange: (place: BirthPlace | null) => void;
  error?: ReactNode;
  onBlur?: () => void;
}

/** "Lieu de naissance": a commune searched by name or postcode (`/api/communes?q=`). */
export function BirthPlaceSelect({ value, onChange, error, onBlur }: BirthPlaceSelectProps) {
  const [selectedLabel, setSelectedLabel] = useState(value?.name ?? '');
  const [search, setSearch] = useState(selectedLabel);
  const [debounced] = useDebouncedValue(search, 250);
  // Once a commune is picked the input shows its label: no need to search for that.
  const query = value && debounced === selectedLabel ? '' : debounced.trim();
  const communes = usePublicCommunes(query);

  const found: ComboboxItem[] = (query.length >= 2 ? (communes.data ?? []) : []).map((commune) => ({
    value: commune.inseeCode,
    label: `${commune.name} (${commune.departement})`,
  }));
  const names = new Map((communes.data ?? []).map((commune) => [commune.inseeCode, commune.name]));
  const data = value && !found.some((item) => item.value === value.code) ? [{ value: value.code, label: selectedLabel || value.name }, ...found] : found;

  return (
    <Select
      label={t('ui.patients.fields.birthPlace')}
      placeholder={t('ui.patients.fields.birthPlacePlaceholder')}
      data={data}
      value={value?.code ?? null}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.length >= 2 && !communes.isFetching ? t('ui.patients.fields.birthPlaceNothing') : undefined}
      onChange={(code, option) => {
        setSelectedLabel(option?.label ?? '');
        if (!code) return onChange(null);
        onChange({ code, name: names.get(code) ?? value?.name ?? code });
      }}
      onBlur={onBlur}
      error={error}
    />
  );
}
