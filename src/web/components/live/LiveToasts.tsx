import { Anchor, Notification, Portal, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { ReceivedOffer } from '../../api/care-request-types.js';
import { offersQuery } from '../../api/care-requests.js';
import { useApi } from '../../api/context.js';
import { useLiveEvents, type LiveEvent } from '../../api/live.js';
import { t } from '../../i18n.js';
import { fichePath } from '../declenchement/labels.js';
import { offerSummary } from '../offers/labels.js';

interface Toast {
  key: number;
  type: LiveEvent['type'];
  text: string;
  /** The fiche to open, when the request is known. */
  number: number | null;
}

/** How long a toast stays; the same facts stay in "Demandes reçues". */
const TOAST_MS = 20_000;
const MAX_TOASTS = 4;

function toastText(type: LiveEvent['type'], line: ReceivedOffer | undefined): string {
  if (type === 'offer') return line ? t('ui.live.newOffer', { summary: offerSummary(line) }) : t('ui.live.newOfferUnknown');
  const summary = line ? offerSummary(line) : '';
  return type === 'taken' ? t('ui.live.taken', { summary }) : t('ui.live.withdrawn', { summary });
}

/**
 * Toasts of the live stream: "Nouvelle demande : …" on an offer, "Déjà pris en charge : …" when
 * another professional took a request offered to the user, "Demande retirée : …".
 */
export function LiveToasts() {
  const events = useLiveEvents();
  const api = useApi();
  const queryClient = useQueryClient();
  const [toasts, setToasts] = useState<Toast[]>([]);
  // Events already there when mounted are not toasted again.
  const lastSeen = useRef(events[0]?.seq ?? 0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = (key: number) => {
    clearTimeout(timers.current.get(key));
    timers.current.delete(key);
    setToasts((previous) => previous.filter((toast) => toast.key !== key));
  };

  useEffect(() => {
    const fresh = events.filter((event) => event.seq > lastSeen.current && event.type !== 'changed').reverse();
    if (events[0]) lastSeen.current = Math.max(lastSeen.current, events[0].seq);
    for (const event of fresh) {
      void queryClient
        .fetchQuery(offersQuery(api))
        .then((data) => data.offers.find((line) => line.careRequest.id === event.careRequestId))
        .catch(() => undefined)
        .then((line) => {
          const toast: Toast = { key: event.seq, type: event.type, text: toastText(event.type, line), number: line?.careRequest.number ?? null };
          setToasts((previous) => [toast, ...previous.filter((item) => item.key !== toast.key)].slice(0, MAX_TOASTS));
          timers.current.set(event.seq, setTimeout(() => dismiss(event.seq), TOAST_MS));
        });
    }
  }, [events, api, queryClient]);

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
    };
  }, []);

  return (
    <Portal>
      <Stack
        gap="xs"
        aria-live="polite"
        aria-label={t('ui.live.toasts')}
        role="region"
        style={{ position: 'fixed', right: 16, bottom: 16, zIndex: 300, width: 'min(420px, calc(100vw - 32px))' }}
      >
        {toasts.map((toast) => (
          <Notification
            key={toast.key}
            role="status"
            color={toast.type === 'offer' ? 'blue' : toast.type === 'taken' ? 'red' : 'gray'}
            withBorder
            onClose={() => dismiss(toast.key)}
            closeButtonProps={{ 'aria-label': t('ui.live.close') }}
          >
            {toast.text}
            {toast.number !== null && (
              <>
                {' '}
                <Anchor component={Link} to={fichePath(toast.number)} size="sm" onClick={() => dismiss(toast.key)}>{t('ui.live.view')}</Anchor>
              </>
            )}
          </Notification>
        ))}
      </Stack>
    </Portal>
  );
}
