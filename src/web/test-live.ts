import { act } from '@testing-library/react';
import { vi } from 'vitest';

type Listener = (event: MessageEvent) => void;

/** A stand-in for the browser's EventSource (jsdom has none), driven by the test. */
export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessage: Listener | null = null;
  readonly url: string;
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(url: string | URL) {
    this.url = String(url);
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    const set = this.listeners.get(type) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(type, set);
  }

  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }

  close(): void {
    this.readyState = FakeEventSource.CLOSED;
  }

  get closed(): boolean {
    return this.readyState === FakeEventSource.CLOSED;
  }

  /** The server answered: the stream is open. */
  open(): void {
    act(() => {
      this.readyState = FakeEventSource.OPEN;
      this.onopen?.(new Event('open'));
    });
  }

  /** An event of the stream, e.g. `emit('offer', { careRequestId: 'cr-1' })`. */
  emit(type: string, data: unknown): void {
    act(() => {
      const event = new MessageEvent(type, { data: typeof data === 'string' ? data : JSON.stringify(data) });
      for (const listener of this.listeners.get(type) ?? []) listener(event);
    });
  }

  /** The connection is lost; `closed`: the browser gives up (an HTTP error) instead of retrying. */
  fail(closed = false): void {
    act(() => {
      this.readyState = closed ? FakeEventSource.CLOSED : FakeEventSource.CONNECTING;
      this.onerror?.(new Event('error'));
    });
  }
}

/** Installs the fake as `EventSource`; `latest()` is the last one opened. */
export function installFakeEventSource() {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  return {
    instances: () => FakeEventSource.instances,
    latest: (): FakeEventSource => {
      const source = FakeEventSource.instances.at(-1);
      if (!source) throw new Error('no EventSource opened');
      return source;
    },
  };
}
