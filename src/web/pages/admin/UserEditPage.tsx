import { Alert, Anchor, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useCareActs } from '../../api/care-acts.js';
import { communeLabel } from '../../api/communes.js';
import type { UserDetail } from '../../api/types.js';
import { useSaveUser, useSetUserActive, useUser } from '../../api/users.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { FullPageLoader } from '../../components/FullPageLoader.js';
import { UserForm } from '../../components/user-form/UserForm.js';
import { newUserValues, valuesFromUser } from '../../components/user-form/values.js';
import { fullName } from '../../format.js';
import { t } from '../../i18n.js';

const LIST = '/admin/utilisateurs';

function ActivationButton({ user }: { user: UserDetail }) {
  const setActive = useSetUserActive(user.id);
  return (
    <Stack gap="xs" align="flex-start">
      <Button
        variant={user.active ? 'outline' : 'filled'}
        color={user.active ? 'red' : 'green'}
        loading={setActive.isPending}
        onClick={() => setActive.mutate(!user.active)}
      >
        {user.active ? t('ui.admin.userForm.deactivate') : t('ui.admin.userForm.reactivate')}
      </Button>
      <ErrorAlert error={setActive.error} />
    </Stack>
  );
}

/** Creates (`/admin/utilisateurs/nouveau`) or edits (`/admin/utilisateurs/:id`) an account. */
export function UserEditPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useUser(id);
  const save = useSaveUser(id);
  // A new user offers every act of the catalogue by default: wait for it (an error leaves them unticked).
  const careActs = useCareActs();
  const location = useLocation();
  const justCreated = typeof location.state === 'object' && location.state !== null && 'created' in location.state;
  const [saved, setSaved] = useState(false);

  if (id !== undefined && user.isPending) return <FullPageLoader />;
  if (id !== undefined && user.isError) return <ErrorAlert error={user.error} />;
  // First load only: after a failure, the sections' own refetch must not unmount the form again.
  if (id === undefined && careActs.isPending && careActs.errorUpdateCount === 0) return <FullPageLoader />;
  const detail = user.data;

  const onSubmit = async (input: Parameters<typeof save.mutateAsync>[0]) => {
    setSaved(false);
    const result = await save.mutateAsync(input);
    if (detail) setSaved(true);
    else await navigate(`${LIST}/${encodeURIComponent(result.user.id)}`, { replace: true, state: { created: true } });
  };

  return (
    <Stack maw={960}>
      <Anchor component={Link} to={LIST} size="sm">{t('ui.admin.userForm.back')}</Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>{detail ? fullName(detail) : t('ui.admin.userForm.createTitle')}</Title>
        {detail && <ActivationButton user={detail} />}
      </Group>
      {detail && !detail.active && <Alert color="orange" variant="light">{t('ui.admin.userForm.inactiveNotice')}</Alert>}
      {justCreated && (
        <Alert color="green" variant="light" role="status">{t('ui.admin.userForm.created')}</Alert>
      )}
      <UserForm
        key={detail?.id ?? 'new'}
        mode={detail ? 'edit' : 'create'}
        initialValues={detail ? valuesFromUser(detail) : newUserValues(careActs.data)}
        currentOrganisation={detail?.organisation ?? null}
        communeLabel={detail?.practice?.city ? communeLabel(detail.practice.city, detail.practice.postcode) : null}
        onSubmit={onSubmit}
        error={save.error}
        saving={save.isPending}
        status={saved ? t('ui.common.saved') : null}
        onCancel={() => void navigate(LIST)}
      />
    </Stack>
  );
}
