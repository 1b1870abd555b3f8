import { CloseButton, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { careRequestPeriods, careRequestSorts, type CareRequestPeriod, type CareRequestSort } from '../../../core/care-requests/dashboard.js';
import { careRequestStatuses, type CareRequestStatus } from '../../../core/care-requests/types.js';
import type { CareRequestListFilter } from '../../api/care-requests.js';
import { t } from '../../i18n.js';

const periodOptions = careRequestPeriods.map((days) => ({ value: String(days), label: t(`ui.dashboard.periods.${days}`) }));
const statusOptions = [{ value: '', label: t('ui.dashboard.allStatuses') }, ...careRequestStatuses.map((status) => ({ value: status, label: t(`domain.careRequestStatus.${status}`) }))];
const sortOptions = careRequestSorts.map((sort) => ({ value: sort, label: t(`ui.dashboard.sorts.${sort}`) }));

/** The dashboard's filters bar: MOT-CLÉ, TAG, period, status and order (one column on a phone). */
export function DashboardFilters({ value, onChange }: { value: CareRequestListFilter; onChange: (filter: CareRequestListFilter) => void }) {
  const set = (change: Partial<CareRequestListFilter>) => onChange({ ...value, ...change });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" role="group" aria-label={t('ui.dashboard.filters')}>
      <TextInput
        type="search"
        label={t('ui.dashboard.keyword')}
        placeholder={t('ui.dashboard.keywordPlaceholder')}
        autoComplete="off"
        value={value.q}
        onChange={(event) => set({ q: event.currentTarget.value })}
      />
      <TextInput
        label={t('ui.dashboard.tag')}
        placeholder={t('ui.dashboard.tagPlaceholder')}
        autoComplete="off"
        value={value.tag}
        onChange={(event) => set({ tag: event.currentTarget.value })}
        rightSection={value.tag ? <CloseButton size="sm" aria-label={t('ui.dashboard.clearTag')} onClick={() => set({ tag: '' })} /> : null}
      />
      <NativeSelect
        label={t('ui.dashboard.period')}
        data={periodOptions}
        value={String(value.days)}
        onChange={(event) => set({ days: Number(event.currentTarget.value) as CareRequestPeriod })}
      />
      <NativeSelect
        label={t('ui.dashboard.status')}
        data={statusOptions}
        value={value.status ?? ''}
        onChange={(event) => set({ status: (event.currentTarget.value || null) as CareRequestStatus | null })}
      />
      <NativeSelect
        label={t('ui.dashboard.sort')}
        data={sortOptions}
        value={value.sort}
        onChange={(event) => set({ sort: event.currentTarget.value as CareRequestSort })}
      />
    </SimpleGrid>
  );
}
