import { Button, Group, NativeSelect, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { caseloadPeriods, useCaseload, type CaseloadPeriod } from '../../api/patients.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { CaseloadList } from '../../components/patients/CaseloadList.js';
import { t } from '../../i18n.js';

const periodOptions = caseloadPeriods.map((days) => ({
  value: days === null ? 'all' : String(days),
  label: t(`ui.patients.caseload.periods.${days ?? 'all'}`),
}));
function toPeriod(value: string): CaseloadPeriod {
  const index = caseloadPeriods.findIndex((days) => String(days ?? 'all') === value);
  return index === -1 ? 14 : caseloadPeriods[index]!;
}

/** "FICHES PATIENTS": the user's file active patientèle, with each patient's history. */
export function CaseloadPage() {
  const navigate = useNavigate();
  const [keyword, setKeyword] = useState('');
  const [q] = useDebouncedValue(keyword.trim(), 250);
  const [period, setPeriod] = useState<CaseloadPeriod>(14);
  const [autoRefresh, setAutoRefresh] = useLocalStorage({ key: 'declic.caseload.autoRefresh', defaultValue: true });
  const caseload = useCaseload(q, period, autoRefresh);

  return (
    <Stack maw={1200}>
      <Group justify="space-between" gap="sm">
        <Title order={1}>{t('ui.patients.caseload.title')}</Title>
        <Button onClick={() => void navigate('/patients/recherche')}>{t('ui.patients.caseload.newPatient')}</Button>
      </Group>
      <Group align="end" gap="md">
        <TextInput
          type="search"
          label={t('ui.patients.caseload.keyword')}
          placeholder={t('ui.patients.caseload.keywordPlaceholder')}
          value={keyword}
          onChange={(event) => setKeyword(event.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <NativeSelect
          label={t('ui.patients.caseload.period')}
          data={periodOptions}
          value={String(period ?? 'all')}
          onChange={(event) => setPeriod(toPeriod(event.currentTarget.value))}
          w={{ base: '100%', xs: 200 }}
        />
        <Switch
          label={t('ui.patients.caseload.autoRefresh')}
          checked={autoRefresh}
          onChange={(event) => setAutoRefresh(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ErrorAlert error={caseload.error} />
      {caseload.data && (
        <Text size="sm" c="dimmed" aria-live="polite">{t('ui.patients.caseload.count', { count: caseload.data.length })}</Text>
      )}
      {caseload.data && (
        <CaseloadList
          patients={caseload.data}
          stale={caseload.isPlaceholderData}
          emptyMessage={q ? t('ui.patients.caseload.emptySearch') : t('ui.patients.caseload.empty')}
        />
      )}
    </Stack>
  );
}
