import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { careRequestsKey, offersKey } from './keys.js';

/** What `GET /api/events` says: something changed about a care request for the signed-in user. */
export type LiveEventType = 'offer' | 'taken' | 'withdrawn' | 'changed';
export const liveEventTypes: readonly LiveEventType[] = ['offer', 'taken', 'withdrawn', 'changed'];

export interface LiveEvent {
  /** Increasing number of the event in this page's life, to tell new events from seen ones. */
  seq: number;
  type: LiveEventType;
  careRequestId: string;
  receivedAt: number;
}

/** `open`: events arrive; `connecting`: first connection; `down`: the stream is lost (the pages poll meanwhile). */
export type LiveStatus = 'connecting' | 'open' | 'down';

interface LiveState {
  status: LiveStatus;
  /** The latest events, newest first. */
  events: readonly LiveEvent[];
}

/** Without a provider (pages rendered alone), nothing is live: queries keep their fallback polling. */
const LiveContext = createContext<LiveState>({ status: 'down', events: [] });

export const LIVE_URL = '/api/events';
/** How many events the context keeps for the toasts. */
const KEPT_EVENTS = 20;
/** Reconnection after the browser gave up (HTTP error, server restart): from 2 s, doubling, at most 60 s. */
const RETRY_MIN_MS = 2_000;
const RETRY_MAX_MS = 60_000;
/** `EventSource.CLOSED`, also for fakes that lack the static constant. */
const CLOSED = 2;

/** Whether the cached query shows the care request `careRequestId` (its fiche by id or number, its resources). */
function showsCareRequest(query: Query, careRequestId: string): boolean {
  const [root, kind, value] = query.queryKey;
  if (root !== careRequestsKey[0]) return false;
  if ((kind === 'id' || kind === 'resources') && value === careRequestId) return true;
  if (kind === 'number') {
    const data = query.state.data as { careRequest?: { id?: unknown } } | undefined;
    return data?.careRequest?.id === careRequestId;
  }
  return false;
}

/** Refetches what an event about `careRequestId` may have changed: Demandes reçues, Mes fiches, that fiche. */
export function invalidateForCareRequest(queryClient: QueryClient, careRequestId: string): void {
  void queryClient.invalidateQueries({ queryKey: offersKey });
  void queryClient.invalidateQueries({ queryKey: [...careRequestsKey, 'list'] });
  void queryClient.invalidateQueries({ predicate: (query) => showsCareRequest(query, careRequestId) });
}

/** After the stream was down: events may have been missed, so everything live is refetched. */
export function invalidateAllLive(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: offersKey });
  void queryClient.invalidateQueries({ queryKey: careRequestsKey });
}

function parseEvent(type: LiveEventType, data: unknown): { type: LiveEventType; careRequestId: string } | null {
  if (typeof data !== 'string') return null;
  try {
    const payload = JSON.parse(data) as { careRequestId?: unknown };
    return typeof payload.careRequestId === 'string' && payload.careRequestId !== '' ? { type, careRequestId: payload.careRequestId } : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in user's live stream: one EventSource on `/api/events` while mounted (the
 * authenticated layout), closed on unmount (logout). Each event refetches the queries it
 * concerns, so every page follows without reload, and is kept for the toasts.
 */
export function LiveProvider({ children, url = LIVE_URL }: { children: ReactNode; url?: string }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: 'connecting', events: [] });
  const seq = useRef(0);

  useEffect(() => {
    const Source = globalThis.EventSource as typeof EventSource | undefined;
    if (typeof Source !== 'function') {
      setState((previous) => ({ ...previous, status: 'down' }));
      return;
    }
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = RETRY_MIN_MS;
    let wasDown = false;
    let stopped = false;
    const setStatus = (status: LiveStatus) => setState((previous) => (previous.status === status ? previous : { ...previous, status }));

    const onEvent = (type: LiveEventType) => (message: Event) => {
      const event = parseEvent(type, (message as MessageEvent).data);
      if (!event) return;
      invalidateForCareRequest(queryClient, event.careRequestId);
      seq.current += 1;
      const live: LiveEvent = { ...event, seq: seq.current, receivedAt: Date.now() };
      setState((previous) => ({ ...previous, events: [live, ...previous.events].slice(0, KEPT_EVENTS) }));
    };

    const connect = () => {
      if (stopped) return;
      const current = new Source(url);
      source = current;
      current.onopen = () => {
        delay = RETRY_MIN_MS;
        setStatus('open');
        if (wasDown) {
          wasDown = false;
          invalidateAllLive(queryClient);
        }
      };
      current.onerror = () => {
        wasDown = true;
        setStatus('down');
        // The browser retries by itself unless it gave up (an HTTP error, a wrong content type).
        if (current.readyState === CLOSED) {
          current.close();
          timer = setTimeout(connect, delay);
          delay = Math.min(delay * 2, RETRY_MAX_MS);
        }
      };
      for (const type of liveEventTypes) current.addEventListener(type, onEvent(type));
    };

    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [url, queryClient]);

  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

export function useLiveStatus(): LiveStatus {
  return useContext(LiveContext).status;
}

/** The latest events, newest first. */
export function useLiveEvents(): readonly LiveEvent[] {
  return useContext(LiveContext).events;
}

/** Polling period of the live lists while the stream is down; no polling while it is open. */
export const FALLBACK_REFETCH_MS = 30_000;

export function useFallbackRefetch(): number | false {
  return useLiveStatus() === 'open' ? false : FALLBACK_REFETCH_MS;
}
