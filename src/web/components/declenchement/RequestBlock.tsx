import { Alert, Badge, Button, Checkbox, Fieldset, Group, Input, List, NativeSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { responseDeadlineChoices, startWithinChoices, OTHER_CARE_ACT } from '../../../core/care-requests/types.js';
import { careModes, careProfessions, type CareMode, type CareProfession, type Profession } from '../../../core/professions.js';
import type { CareAct } from '../../api/care-request-types.js';
import { professionLabel } from '../../format.js';
import { t } from '../../i18n.js';
import { requiredInput } from '../required.js';
import { durationLabel, timeZoneOptions, todayIn } from './labels.js';
import type { RequestDraft, RequestPatch } from './wizard-state.js';

/** Fields the block shows under an input; a message on any other field is listed at the top of the block. */
export const blockFields = new Set([
  'profession',
  'restrictToNetwork',
  'careActs',
  'otherCareAct',
  'careMode',
  'startOn',
  'timeZone',
  'startWithinMinutes',
  'days',
  'visitsPerDay',
  'responseDeadlineMinutes',
  'comment',
]);

const professionOptions = [
  { value: '', label: t('ui.declenchement.requests.notSelected') },
  ...careProfessions.map((profession) => ({ value: profession, label: professionLabel(profession) })),
];
const careModeOptions = careModes.map((mode) => ({ value: mode, label: t(`domain.careMode.${mode}`) }));
const startWithinOptions = [
  { value: '', label: t('ui.declenchement.requests.notSelected') },
  ...startWithinChoices.map((minutes) => ({ value: String(minutes), label: durationLabel(minutes) })),
];
const deadlineOptions = responseDeadlineChoices.map((minutes) => ({ value: String(minutes), label: durationLabel(minutes) }));

const segmentInput = { width: '100%', height: '100%', top: 0, left: 0, margin: 0, cursor: 'pointer', zIndex: 3 } as const;

interface RequestBlockProps {
  draft: RequestDraft;
  /** 1-based, as the user counts. */
  index: number;
  userProfession: Profession;
  /** The catalogue of the block's profession, in order. */
  careActs: readonly CareAct[];
  onChange: (patch: RequestPatch) => void;
  onRemove?: () => void;
}

function toCount(value: number | string): number | '' {
  if (value === '') return '';
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : '';
}

/** One block of "Informations du/des déclenchement(s)": who is asked, for what, when, and why. */
export function RequestBlock({ draft, index, userProfession, careActs, onChange, onRemove }: RequestBlockProps) {
  const id = useId();
  const errors = draft.errors;
  const others = Object.entries(errors).filter(([field]) => !blockFields.has(field));
  const canSelfDispatch = draft.profession !== '' && draft.profession === userProfession;
  const legend = t('ui.declenchement.requests.block', { index });
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <Fieldset
      legend={
        <Group gap="xs" component="span">
          <Text component="span" fw={700}>{legend}</Text>
          {hasErrors && <Badge color="red" variant="light" component="span">{t('ui.declenchement.requests.hasErrors')}</Badge>}
        </Group>
      }
      radius="md"
      p={{ base: 'xs', sm: 'md' }}
      data-request-key={draft.key}
    >
      <Stack gap="md">
        {others.length > 0 && (
          <Alert color="red" variant="light" p="xs">
            <List size="sm">
              {others.map(([field, message]) => (
                <List.Item key={field}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} verticalSpacing="sm">
          <NativeSelect
            label={t('ui.declenchement.requests.profession')}
            {...requiredInput}
            data={professionOptions}
            value={draft.profession}
            error={errors.profession}
            onChange={(event) => onChange({ profession: event.currentTarget.value as CareProfession | '' })}
          />
          <Switch
            label={t('ui.declenchement.requests.restrictToNetwork')}
            checked={draft.restrictToNetwork}
            onChange={(event) => onChange({ restrictToNetwork: event.currentTarget.checked })}
            mt={{ base: 0, sm: 30 }}
            error={errors.restrictToNetwork}
          />
        </SimpleGrid>

        {draft.profession === '' ? (
          <Input.Wrapper label={t('ui.declenchement.requests.careActs')} error={errors.careActs}>
            <Text size="sm" c="dimmed">{t('ui.declenchement.requests.chooseProfessionFirst')}</Text>
          </Input.Wrapper>
        ) : (
          <Checkbox.Group
            label={t('ui.declenchement.requests.careActs')}
            labelProps={{ 'data-required': true }}
            value={draft.careActs}
            error={errors.careActs}
            onChange={(value) => onChange({ careActs: value })}
          >
            {careActs.length === 0 ? (
              <Text size="sm" c="dimmed">{t('ui.declenchement.requests.noCareActs')}</Text>
            ) : (
              <Group mt="xs" gap="md">
                {careActs.map((act) => (
                  <Checkbox key={act.code} value={act.code} label={act.label} />
                ))}
              </Group>
            )}
          </Checkbox.Group>
        )}
        {draft.careActs.includes(OTHER_CARE_ACT) && (
          <TextInput
            label={t('ui.declenchement.requests.otherCareAct')}
            maxLength={100}
            value={draft.otherCareAct}
            error={errors.otherCareAct}
            onChange={(event) => onChange({ otherCareAct: event.currentTarget.value })}
          />
        )}

        <Stack gap={4}>
          <Text component="div" id={`${id}-mode`} size="sm" fw={500}>{t('ui.declenchement.requests.careMode')}</Text>
          <SegmentedControl
            aria-labelledby={`${id}-mode`}
            aria-describedby={errors.careMode ? `${id}-mode-error` : undefined}
            data={careModeOptions}
            value={draft.careMode}
            onChange={(value) => onChange({ careMode: value as CareMode })}
            style={{ flexWrap: 'wrap', alignSelf: 'flex-start', maxWidth: '100%' }}
            // The radios cover their labels (still invisible): a click or a test's `check()` lands on them.
            styles={{ input: segmentInput }}
          />
          {errors.careMode && <Text id={`${id}-mode-error`} size="xs" c="red">{errors.careMode}</Text>}
        </Stack>

        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('ui.declenchement.requests.startOn')}
            type="date"
            w={180}
            min={todayIn(draft.timeZone)}
            value={draft.startOn}
            error={errors.startOn}
            onChange={(event) => onChange({ startOn: event.currentTarget.value })}
          />
          <NativeSelect
            label={t('ui.declenchement.requests.timeZone')}
            w={160}
            data={timeZoneOptions}
            value={draft.timeZone}
            error={errors.timeZone}
            onChange={(event) => onChange({ timeZone: event.currentTarget.value })}
          />
          <Text fw={700} mt={30} aria-hidden>{t('ui.declenchement.requests.or')}</Text>
          <NativeSelect
            label={t('ui.declenchement.requests.startWithin')}
            w={200}
            data={startWithinOptions}
            value={draft.startWithinMinutes}
            error={errors.startWithinMinutes}
            onChange={(event) => onChange({ startWithinMinutes: event.currentTarget.value })}
          />
        </Group>

        <Group align="flex-start" gap="sm" wrap="wrap">
          <NumberInput
            label={t('ui.declenchement.requests.days')}
            w={140}
            min={1}
            max={365}
            allowDecimal={false}
            allowNegative={false}
            value={draft.days}
            error={errors.days}
            onChange={(value) => onChange({ days: toCount(value) })}
          />
          <NumberInput
            label={t('ui.declenchement.requests.visitsPerDay')}
            w={140}
            min={1}
            max={10}
            allowDecimal={false}
            allowNegative={false}
            value={draft.visitsPerDay}
            error={errors.visitsPerDay}
            onChange={(value) => onChange({ visitsPerDay: toCount(value) })}
          />
          <NativeSelect
            label={t('ui.declenchement.requests.responseDeadline')}
            w={200}
            data={deadlineOptions}
            value={String(draft.responseDeadlineMinutes)}
            error={errors.responseDeadlineMinutes}
            onChange={(event) => onChange({ responseDeadlineMinutes: Number(event.currentTarget.value) })}
          />
        </Group>

        <Textarea
          label={t('ui.declenchement.requests.comment')}
          description={t('ui.declenchement.requests.commentHint')}
          {...requiredInput}
          rows={4}
          resize="vertical"
          value={draft.comment}
          error={errors.comment}
          onChange={(event) => onChange({ comment: event.currentTarget.value })}
        />

        {canSelfDispatch && (
          <Checkbox
            label={t('ui.declenchement.requests.selfDispatch')}
            checked={draft.selfDispatch}
            onChange={(event) => onChange({ selfDispatch: event.currentTarget.checked })}
          />
        )}

        {onRemove && (
          <Group gap="xs" justify="flex-end">
            <Button variant="subtle" color="red" size="xs" onClick={onRemove} aria-label={t('ui.declenchement.requests.removeItem', { index })}>
              {t('ui.declenchement.requests.remove')}
            </Button>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
