import { Button, Group, Stack, Switch, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { DEFAULT_PERIOD } from '../../core/care-requests/dashboard.js';
import type { CareRequestListFilter } from '../api/care-requests.js';
import { useCurrentUser } from '../api/session.js';
import { DashboardFilters } from '../components/dashboard/DashboardFilters.js';
import { FicheSection } from '../components/dashboard/FicheSection.js';
import { newDeclenchementPath } from '../components/declenchement/labels.js';
import { FicheNumberSearch } from '../components/fiche/FicheNumberSearch.js';
import { LiveIndicator } from '../components/live/LiveIndicator.js';
import { t } from '../i18n.js';

const initialFilter: CareRequestListFilter = { q: '', tag: '', days: DEFAULT_PERIOD, status: null, sort: 'created' };
/** Typing in MOT-CLÉ or TAG asks the server once the user pauses. */
const TYPING_PAUSE_MS = 300;

/**
 * The dashboard: "Nouveau déclenchement", "#NUMÉRO FICHE", the filters, "Mes fiches :" and, for a
 * supervisor, "Fiches supervisées :". "Rafraîchissement auto" on (the default): the live stream's
 * events refetch the lists (polled every 30 s only while the stream is down); off: they stay as shown.
 */
export function DashboardPage() {
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [inputs, setInputs] = useState(initialFilter);
  const [autoRefresh, setAutoRefresh] = useState(true);
  const [q] = useDebouncedValue(inputs.q.trim(), TYPING_PAUSE_MS);
  const [tag] = useDebouncedValue(inputs.tag.trim(), TYPING_PAUSE_MS);
  const filter = useMemo(() => ({ ...inputs, q, tag }), [inputs, q, tag]);
  const onTag = (clicked: string) => setInputs((current) => ({ ...current, tag: clicked }));
  return (
    <Stack>
      <Group justify="space-between" align="flex-end" gap="md">
        <Button size="md" onClick={() => void navigate(newDeclenchementPath())}>{t('ui.declenchement.new')}</Button>
        <FicheNumberSearch />
      </Group>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} size="h2">{t('ui.dashboard.title')}</Title>
        <Group gap="md">
          <Switch label={t('ui.dashboard.autoRefresh')} checked={autoRefresh} onChange={(event) => setAutoRefresh(event.currentTarget.checked)} />
          {autoRefresh && <LiveIndicator />}
        </Group>
      </Group>
      <DashboardFilters value={inputs} onChange={setInputs} />
      <FicheSection scope="mine" filter={filter} autoRefresh={autoRefresh} onTag={onTag} />
      {user?.isSupervisor && <FicheSection scope="supervised" filter={filter} autoRefresh={autoRefresh} onTag={onTag} />}
    </Stack>
  );
}
