import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeEventSource } from '../test-live.js';
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

function seededClient(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(keys.offers, { offers: [] });
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

function renderLive(client: QueryClient) {
  return render(
    <QueryClientProvider client={client}>
      <LiveProvider>
        <Probe />
      </LiveProvider>
    </QueryClientProvider>,
  );
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

  it('opens one EventSource on /api/events, invalidates the queries an event concerns and keeps the events', () => {
    const client = seededClient();
    const view = renderLive(client);
    expect(sources.instances()).toHaveLength(1);
    const source = sources.latest();
    expect(source.url).toBe('/api/events');
    expect(screen.getByTestId('status').textContent).toBe('connecting');

    source.open();
    expect(screen.getByTestId('status').textContent).toBe('open');
    // Live: no polling while the stream is open.
    expect(screen.getByTestId('refetch').textContent).toBe('false');

    source.emit('taken', { careRequestId: 'cr-7' });
    expect(invalidated(client, keys.offers)).toBe(true);
    expect(invalidated(client, keys.list)).toBe(true);
    expect(invalidated(client, keys.ficheByNumber)).toBe(true);
    expect(invalidated(client, keys.ficheById)).toBe(true);
    expect(invalidated(client, keys.resources)).toBe(true);
    // Another fiche, and what the event cannot change, stay as they are.
    expect(invalidated(client, keys.otherFiche)).toBe(false);
    expect(invalidated(client, keys.caseload)).toBe(false);

    source.emit('offer', { careRequestId: 'cr-1' });
    expect(invalidated(client, keys.otherFiche)).toBe(true);
    expect(screen.getByTestId('events').textContent).toBe('2:offer:cr-1 1:taken:cr-7');

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
});
