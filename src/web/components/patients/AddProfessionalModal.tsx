import { Badge, Button, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useDirectorySearch } from '../../api/directory.js';
import { usualRoles, type DirectoryResult, type UsualProfessional, type UsualRole } from '../../api/patient-types.js';
import { useUsualProfessional } from '../../api/patients.js';
import { t } from '../../i18n.js';
import { ErrorAlert } from '../ErrorAlert.js';
import { professionalName } from './labels.js';

interface AddProfessionalModalProps {
  patientId: string;
  initialRole: UsualRole;
  current: ReadonlyMap<UsualRole, UsualProfessional>;
  onClose: () => void;
  onAdded: (professionals: UsualProfessional[]) => void;
}

const roleOptions = usualRoles.map((value) => ({ value, label: t(`domain.usualProfessionalRole.${value}`) }));
const MIN_LETTERS = 3;
const tooShort = (value: string) => (value.trim().length < MIN_LETTERS ? t('ui.patients.usual.tooShort') : null);

/** "Ajout d'un professionnel": search the RPPS directory and Déclic's users, pick one, add them. */
export function AddProfessionalModal({ patientId, initialRole, current, onClose, onAdded }: AddProfessionalModalProps) {
  const [role, setRole] = useState<UsualRole>(initialRole);
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [checked, setChecked] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const search = useDirectorySearch();
  const save = useUsualProfessional(patientId);
  const results = search.data;
  const serverFields = search.error instanceof ApiError ? search.error.fields : {};
  const chosen: DirectoryResult | undefined = picked === null ? undefined : results?.[Number(picked)];
  const replaced = current.get(role);

  const runSearch = () => {
    setChecked(true);
    setPicked(null);
    if (tooShort(lastName) || tooShort(firstName)) return;
    search.mutate({ profession: role, lastName, firstName });
  };

  const add = () => {
    if (!chosen) return;
    const body = chosen.idNat ? { idNat: chosen.idNat } : { userId: chosen.userId ?? '' };
    save.mutate({ role, chosen: body }, { onSuccess: (data) => onAdded(data.usualProfessionals) });
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('ui.patients.usual.add')}</Text>} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          runSearch();
        }}
      >
        <Stack>
          <NativeSelect
            label={t('ui.patients.usual.profession')}
            data={roleOptions}
            value={role}
            onChange={(event) => {
              setRole(event.currentTarget.value as UsualRole);
              search.reset();
              setPicked(null);
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('ui.patients.usual.lastName')}
              description={t('ui.patients.usual.minLetters')}
              autoComplete="off"
              value={lastName}
              onChange={(event) => setLastName(event.currentTarget.value)}
              error={(checked ? tooShort(lastName) : null) ?? serverFields.lastName}
            />
            <TextInput
              label={t('ui.patients.usual.firstName')}
              description={t('ui.patients.usual.minLetters')}
              autoComplete="off"
              value={firstName}
              onChange={(event) => setFirstName(event.currentTarget.value)}
              error={(checked ? tooShort(firstName) : null) ?? serverFields.firstName}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" variant="default" loading={search.isPending}>{t('ui.patients.usual.search')}</Button>
          </Group>
          <ErrorAlert error={search.error} />
          {results && (
            <Radio.Group label={t('ui.patients.usual.results')} value={picked} onChange={setPicked}>
              <Stack gap={6} mt="xs" mah={320} style={{ overflowY: 'auto' }}>
                {results.length === 0 && <Text size="sm" c="dimmed">{t('ui.patients.usual.noResults')}</Text>}
                {results.map((result, index) => (
                  <Radio
                    key={`${result.source}-${result.idNat ?? result.userId ?? ''}-${index}`}
                    value={String(index)}
                    label={
                      <span>
                        {`${professionalName(result)} ${result.idNat ?? ''}`.trim()}
                        {result.city && <Text component="span" size="sm" c="dimmed">{` — ${result.city}`}</Text>}
                        {result.source === 'platform' && (
                          <Badge component="span" size="xs" variant="light" ml={6}>{t('ui.patients.usual.platformBadge')}</Badge>
                        )}
                      </span>
                    }
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Text size="xs" c="dimmed">{t('ui.patients.usual.note')}</Text>
          {replaced && chosen && <Text size="sm">{t('ui.patients.usual.replaces', { name: professionalName(replaced) })}</Text>}
          <ErrorAlert error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('ui.patients.form.cancel')}</Button>
            <Button onClick={add} disabled={!chosen} loading={save.isPending}>{t('ui.patients.usual.submit')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
