import { Button, Group, NumberInput, Paper, Stack, Switch, Title } from '@mantine/core';
import { useState } from 'react';
import type { CareRequestView } from '../../api/care-request-types.js';
import { useRetriggerCareRequest } from '../../api/care-requests.js';
import { ApiError } from '../../api/client.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';

const MIN_RADIUS = 1;
const MAX_RADIUS = 200;

interface RetriggerFormProps {
  request: CareRequestView;
  /** Told of the number of professionals notified by the new round. */
  onDone: (offeredCount: number) => void;
}

/** "Déclencher de nouveau": a new round, optionally over a wider radius, optionally no longer restricted to the network. */
export function RetriggerForm({ request, onDone }: RetriggerFormProps) {
  const [radius, setRadius] = useState<number | string>('');
  const [restrict, setRestrict] = useState(request.restrictToNetwork);
  const [radiusError, setRadiusError] = useState<string | null>(null);
  const retrigger = useRetriggerCareRequest(request.id);
  const serverFields = retrigger.error instanceof ApiError ? retrigger.error.fields : {};

  const submit = () => {
    setRadiusError(null);
    let radiusKm: number | null = null;
    if (radius !== '') {
      const value = typeof radius === 'number' ? radius : Number(radius);
      if (!Number.isInteger(value) || value < MIN_RADIUS || value > MAX_RADIUS) {
        setRadiusError(t('fields.radius.widen_invalid'));
        return;
      }
      radiusKm = value;
    }
    retrigger.mutate({ radiusKm, restrictToNetwork: restrict }, { onSuccess: (data) => onDone(data.offeredCount) });
  };

  return (
    <Paper withBorder radius="md" p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="retrigger-title">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="retrigger-title">{t('ui.fiche.retrigger.title')}</Title>
          <ErrorAlert error={retrigger.error} unshownFields={Object.keys(serverFields).filter((name) => name !== 'radiusKm')} />
          <Group align="flex-end" gap="md" wrap="wrap">
            <NumberInput
              label={t('ui.fiche.retrigger.radius')}
              description={t('ui.fiche.retrigger.radiusHint')}
              min={MIN_RADIUS}
              max={MAX_RADIUS}
              allowDecimal={false}
              allowNegative={false}
              w={{ base: '100%', xs: 280 }}
              value={radius}
              error={radiusError ?? serverFields.radiusKm}
              onChange={setRadius}
            />
            <Switch
              label={t('ui.fiche.retrigger.restrictToNetwork')}
              checked={restrict}
              onChange={(event) => setRestrict(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <Group>
            <Button type="submit" loading={retrigger.isPending}>{t('ui.fiche.retrigger.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
