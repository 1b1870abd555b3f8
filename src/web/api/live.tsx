import { useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReceivedOffer } from './care-request-types.js';
import type { ApiClient } from './client.js';
import { useApi } from './context.js';
import { careRequestsKey, offersKey } from './keys.js';
import { mergeOffersOf } from './offers-merge.js';

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

/** Refetches Mes fiches (the dashboard lists) and the fiche `careRequestId`. */
function invalidateFichesFor(queryClient: QueryClient, careRequestId: string): void {
  void queryClient.invalidateQueries({ queryKey: [...careRequestsKey, 'list'] });
  void queryClient.invalidateQueries({ predicate: (query) => showsCareRequest(query, careRequestId) });
}

/** Refetches what a change of `careRequestId` may have changed: Demandes reçues, Mes fiches, that fiche. */
export function invalidateForCareRequest(queryClient: QueryClient, careRequestId: string): void {
  void queryClient.invalidateQueries({ queryKey: offersKey });
  invalidateFichesFor(queryClient, careRequestId);
}

/** `GET /api/offers/:careRequestId`: the lines of the offers query about one request (none when the user holds no offer of it). */
function offersOfRequest(api: ApiClient, careRequestId: string) {
  return api.get<{ offers: ReceivedOffer[] }>(`/api/offers/${encodeURIComponent(careRequestId)}`);
}

/** Whether the cached Demandes reçues may take one request's lines: loaded, and neither being refetched nor waiting for it. */
function canMergeOffers(queryClient: QueryClient): boolean {
  const state = queryClient.getQueryState(offersKey);
  return state?.data !== undefined && state.fetchStatus === 'idle' && !state.isInvalidated;
}

/**
 * Brings the cached Demandes reçues up to date after an event about a request: only that request's
 * lines are fetched (`GET /api/offers/:id`) and merged, instead of the whole list, which every
 * professional of a dispatch would refetch at once. When the list is not loaded (it loads whole when
 * a page needs it) or is being refetched (that answer may predate the event), and when the lines
 * cannot be fetched, the list is invalidated instead, so that nothing is missed. The promise settles
 * once the cache shows the event, or once the list is invalidated.
 */
function offersUpdater(queryClient: QueryClient, api: ApiClient): (careRequestId: string) => Promise<void> {
  /** The latest fetch per request: an earlier answer arriving after it may be older, and is dropped. */
  const latest = new Map<string, object>();
  return async (careRequestId) => {
    if (!canMergeOffers(queryClient)) {
      // A fetch of these lines still running is older than the whole list to come.
      latest.delete(careRequestId);
      void queryClient.invalidateQueries({ queryKey: offersKey });
      return;
    }
    const token = {};
    latest.set(careRequestId, token);
    const fresh = await offersOfRequest(api, careRequestId).then((data) => data.offers, () => null);
    if (latest.get(careRequestId) !== token) return;
    latest.delete(careRequestId);
    if (!fresh) {
      void queryClient.invalidateQueries({ queryKey: offersKey });
      return;
    }
    // Refetched whole meanwhile (or about to be): that list is newer than the event.
    if (!canMergeOffers(queryClient)) return;
    queryClient.setQueryData<{ offers: ReceivedOffer[] }>(offersKey, (data) => data && { offers: mergeOffersOf(data.offers, careRequestId, fresh) });
  };
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
 * authenticated layout), closed on unmount (logout). Each event refreshes the queries it
 * concerns (Demandes reçues by its lines only), so every page follows without reload, and is
 * kept for the toasts.
 */
export function LiveProvider({ children, url = LIVE_URL }: { children: ReactNode; url?: string }) {
  const queryClient = useQueryClient();
  const api = useApi();
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
    const updateOffers = offersUpdater(queryClient, api);

    const onEvent = (type: LiveEventType) => (message: Event) => {
      const event = parseEvent(type, (message as MessageEvent).data);
      if (!event) return;
      invalidateFichesFor(queryClient, event.careRequestId);
      const receivedAt = Date.now();
      // Kept once Demandes reçues shows it: the toasts read their line from the cache.
      void updateOffers(event.careRequestId).then(() => {
        if (stopped) return;
        seq.current += 1;
        const live: LiveEvent = { ...event, seq: seq.current, receivedAt };
        setState((previous) => ({ ...previous, events: [live, ...previous.events].slice(0, KEPT_EVENTS) }));
      });
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
  }, [url, queryClient, api]);

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
