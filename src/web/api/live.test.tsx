import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { declinedLine, openLine, takenLine } from '../pages/offers/test-fixtures.js';
import { installFakeEventSource } from '../test-live.js';
import { fakeServer } from '../test-utils.js';
import type { ReceivedOffer } from './care-request-types.js';
import { useReceivedOffers } from './care-requests.js';
import { createApiClient } from './client.js';
import { ApiProvider } from './context.js';
import { careRequestsKey, caseloadKey, offersKey } from './keys.js';
import { LiveProvider, useFallbackRefetch, useLiveEvents, useLiveStatus } from './live.js';

const keys = {
  offers: offersKey,
  list: [...careRequestsKey, 'list', 14],
  ficheByNumber: [...careRequestsKey, 'number', 24426443],
  ficheById: [...careRequestsKey, 'id', 'cr-7'],
  resources: [...careRequestsKey, 'resources', 'cr-7'],
  otherFiche: [...careRequestsKey, 'number', 22428699],
  caseload: caseloadKey,
} as const;

/** The cache of a page that loaded these queries; fresh: only invalidations refetch them. */
function seededClient(offers: ReceivedOffer[] | null = []): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  if (offers) client.setQueryData(keys.offers, { offers });
  client.setQueryData(keys.list, { careRequests: [] });
  client.setQueryData(keys.ficheByNumber, { careRequest: { id: 'cr-7', number: 24426443 } });
  client.setQueryData(keys.ficheById, { careRequest: { id: 'cr-7', number: 24426443 } });
  client.setQueryData(keys.resources, { resources: [] });
  client.setQueryData(keys.otherFiche, { careRequest: { id: 'cr-1', number: 22428699 } });
  client.setQueryData(keys.caseload, { patients: [] });
  return client;
}

const invalidated = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

function Probe() {
  const status = useLiveStatus();
  const events = useLiveEvents();
  const refetch = useFallbackRefetch();
  return (
    <div>
      <p data-testid="status">{status}</p>
      <p data-testid="refetch">{String(refetch)}</p>
      <p data-testid="events">{events.map((event) => `${event.seq}:${event.type}:${event.careRequestId}`).join(' ')}</p>
    </div>
  );
}

/** "Demandes reçues" as shown: each line's request and status. */
function Lines() {
  const offers = useReceivedOffers();
  return <p data-testid="lines">{offers.data?.map((line) => `${line.careRequest.id}:${line.careRequest.status}`).join(' ')}</p>;
}

function renderLive(client: QueryClient, server = fakeServer({}), children: ReactNode = null) {
  return render(
    <ApiProvider clients={{ api: createApiClient({ fetch: server.fetch }), queryClient: client }}>
      <LiveProvider>
        <Probe />
        {children}
      </LiveProvider>
    </ApiProvider>,
  );
}

const noOffer = { status: 200, body: { offers: [] } };

/** A reply of the fake server that the test sends when it wants (`send`). */
function heldReply(status: number, body: unknown) {
  let send = () => {};
  const reply = new Promise<{ status: number; body: unknown }>((resolve) => (send = () => resolve({ status, body })));
  return { reply, send: () => send() };
}

describe('LiveProvider (the /api/events stream)', () => {
  let sources: ReturnType<typeof installFakeEventSource>;
  beforeEach(() => {
    sources = installFakeEventSource();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('opens one EventSource on /api/events, invalidates the fiches an event concerns and keeps the events', async () => {
    const client = seededClient();
    const view = renderLive(client, fakeServer({ 'GET /api/offers/cr-7': noOffer, 'GET /api/offers/cr-1': noOffer }));
    expect(sources.instances()).toHaveLength(1);
    const source = sources.latest();
    expect(source.url).toBe('/api/events');
    expect(screen.getByTestId('status').textContent).toBe('connecting');

    source.open();
    expect(screen.getByTestId('status').textContent).toBe('open');
    // Live: no polling while the stream is open.
    expect(screen.getByTestId('refetch').textContent).toBe('false');

    source.emit('taken', { careRequestId: 'cr-7' });
    expect(invalidated(client, keys.list)).toBe(true);
    expect(invalidated(client, keys.ficheByNumber)).toBe(true);
    expect(invalidated(client, keys.ficheById)).toBe(true);
    expect(invalidated(client, keys.resources)).toBe(true);
    // Another fiche, and what the event cannot change, stay as they are.
    expect(invalidated(client, keys.otherFiche)).toBe(false);
    expect(invalidated(client, keys.caseload)).toBe(false);

    await waitFor(() => expect(screen.getByTestId('events').textContent).toBe('1:taken:cr-7'));
    source.emit('offer', { careRequestId: 'cr-1' });
    expect(invalidated(client, keys.otherFiche)).toBe(true);
    await waitFor(() => expect(screen.getByTestId('events').textContent).toBe('2:offer:cr-1 1:taken:cr-7'));

    // Garbage is ignored.
    source.emit('changed', 'not json');
    source.emit('changed', { nothing: true });
    expect(screen.getByTestId('events').textContent).toBe('2:offer:cr-1 1:taken:cr-7');

    view.unmount();
    expect(source.closed).toBe(true);
  });

  it('falls back to polling while the stream is down, and refetches everything when it is back', () => {
    const client = seededClient();
    renderLive(client);
    const source = sources.latest();
    source.open();
    source.fail();
    expect(screen.getByTestId('status').textContent).toBe('down');
    expect(screen.getByTestId('refetch').textContent).toBe('30000');
    expect(invalidated(client, keys.offers)).toBe(false);

    // The browser reconnects by itself: events may have been missed meanwhile.
    source.open();
    expect(screen.getByTestId('status').textContent).toBe('open');
    expect(invalidated(client, keys.offers)).toBe(true);
    expect(invalidated(client, keys.otherFiche)).toBe(true);
    expect(sources.instances()).toHaveLength(1);
  });

  it('opens a new stream when the browser gave up (HTTP error), after a delay', () => {
    vi.useFakeTimers();
    renderLive(seededClient());
    const first = sources.latest();
    first.fail(true);
    expect(first.closed).toBe(true);
    expect(screen.getByTestId('status').textContent).toBe('down');
    vi.advanceTimersByTime(1_999);
    expect(sources.instances()).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sources.instances()).toHaveLength(2);
    sources.latest().open();
    expect(screen.getByTestId('status').textContent).toBe('open');
  });

  it('without EventSource (an old browser), is down: the pages poll', () => {
    vi.stubGlobal('EventSource', undefined);
    renderLive(seededClient());
    expect(screen.getByTestId('status').textContent).toBe('down');
    expect(screen.getByTestId('refetch').textContent).toBe('30000');
  });

  describe('"Demandes reçues" on an event: only the lines of its request are fetched', () => {
    /** A new offer, newer than the fixtures' lines. */
    const pansement: ReceivedOffer = { offer: { ...openLine.offer, offeredAt: '2022-08-09T13:00:00Z' }, careRequest: { ...openLine.careRequest, id: 'cr-8', number: 24426500 } };
    const lines = () => screen.getByTestId('lines').textContent;
    const paths = (server: ReturnType<typeof fakeServer>) => server.calls.map((call) => call.path);

    it('on an offer, fetches the lines of that request only and puts them at the top, before keeping the event', async () => {
      const client = seededClient([openLine, declinedLine]);
      const answer = heldReply(200, { offers: [pansement] });
      const server = fakeServer({
        'GET /api/offers': { status: 200, body: { offers: [pansement, openLine, declinedLine] } },
        'GET /api/offers/cr-8': () => answer.reply,
      });
      renderLive(client, server, <Lines />);
      sources.latest().open();
      expect(lines()).toBe('cr-7:dispatching cr-3:dispatching');

      sources.latest().emit('offer', { careRequestId: 'cr-8' });
      await waitFor(() => expect(paths(server)).toEqual(['/api/offers/cr-8']));
      // Kept once the list shows it: the toasts find the line in the cache.
      await act(async () => {});
      expect(screen.getByTestId('events').textContent).toBe('');
      answer.send();
      await waitFor(() => expect(screen.getByTestId('events').textContent).toBe('1:offer:cr-8'));
      expect(lines()).toBe('cr-8:dispatching cr-7:dispatching cr-3:dispatching');
      expect(paths(server)).toEqual(['/api/offers/cr-8']);
      expect(invalidated(client, keys.offers)).toBe(false);
    });

    it('on "taken", replaces the line of that request', async () => {
      const client = seededClient([openLine, declinedLine]);
      const server = fakeServer({ 'GET /api/offers/cr-7': { status: 200, body: { offers: [takenLine] } } });
      renderLive(client, server, <Lines />);
      sources.latest().open();

      sources.latest().emit('taken', { careRequestId: 'cr-7' });
      await waitFor(() => expect(lines()).toBe('cr-7:accepted cr-3:dispatching'));
      expect(paths(server)).toEqual(['/api/offers/cr-7']);
    });

    it('when the lines cannot be fetched, refetches the whole list', async () => {
      const client = seededClient([openLine, declinedLine]);
      const server = fakeServer({
        'GET /api/offers': { status: 200, body: { offers: [pansement, openLine, declinedLine] } },
        'GET /api/offers/cr-8': { status: 503, body: { code: 'http.503', message: 'Service indisponible.' } },
      });
      renderLive(client, server, <Lines />);
      sources.latest().open();

      sources.latest().emit('offer', { careRequestId: 'cr-8' });
      await waitFor(() => expect(lines()).toBe('cr-8:dispatching cr-7:dispatching cr-3:dispatching'));
      expect(paths(server)).toEqual(['/api/offers/cr-8', '/api/offers']);
    });

    it('drops an answer that arrives after the answer to a later event about the same request', async () => {
      const client = seededClient([openLine, declinedLine]);
      const first = heldReply(200, { offers: [openLine] });
      const server = fakeServer({
        'GET /api/offers/cr-7': () => (server.calls.length === 1 ? first.reply : { status: 200, body: { offers: [takenLine] } }),
      });
      renderLive(client, server, <Lines />);
      sources.latest().open();

      sources.latest().emit('changed', { careRequestId: 'cr-7' });
      sources.latest().emit('taken', { careRequestId: 'cr-7' });
      await waitFor(() => expect(lines()).toBe('cr-7:accepted cr-3:dispatching'));
      first.send();
      await waitFor(() => expect(screen.getByTestId('events').textContent).toBe('2:changed:cr-7 1:taken:cr-7'));
      expect(lines()).toBe('cr-7:accepted cr-3:dispatching');
    });

    it('while the whole list is being refetched (its answer may predate the event), refetches it again instead', async () => {
      const client = seededClient([openLine, declinedLine]);
      const first = heldReply(200, { offers: [openLine, declinedLine] });
      const server = fakeServer({
        'GET /api/offers': () => (server.calls.length === 1 ? first.reply : { status: 200, body: { offers: [pansement, openLine, declinedLine] } }),
      });
      renderLive(client, server, <Lines />);
      sources.latest().open();
      void client.refetchQueries({ queryKey: offersKey });
      await waitFor(() => expect(paths(server)).toEqual(['/api/offers']));

      sources.latest().emit('offer', { careRequestId: 'cr-8' });
      await waitFor(() => expect(lines()).toBe('cr-8:dispatching cr-7:dispatching cr-3:dispatching'));
      first.send();
      expect(paths(server)).toEqual(['/api/offers', '/api/offers']);
    });

    it('when the list is not loaded, fetches nothing: it loads whole when a page shows it', async () => {
      const server = fakeServer({});
      renderLive(seededClient(null), server);
      sources.latest().open();

      sources.latest().emit('offer', { careRequestId: 'cr-8' });
      await waitFor(() => expect(screen.getByTestId('events').textContent).toBe('1:offer:cr-8'));
      expect(server.calls).toEqual([]);
    });
  });
});
