import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFakeReply, type FakeReply } from './fake-reply.js';

export type { FakeReply };

export interface SeenRequest {
  readonly path: string;
  readonly params: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
}

/**
 * A local stand-in for the Géoplateforme on 127.0.0.1 (random port): replays
 * whatever `reply` is set to and records the requests it got.
 */
export interface FakeGeoplateforme {
  readonly url: string;
  reply: FakeReply;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startFakeGeoplateforme(initial: FakeReply = { kind: 'json', body: { type: 'FeatureCollection', features: [] } }): Promise<FakeGeoplateforme> {
  const requests: SeenRequest[] = [];
  const fake = { reply: initial };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, params: url.searchParams, headers: req.headers });
    writeFakeReply(res, fake.reply, '{"type":"FeatureCollection","features":[');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/geocodage`,
    get reply() {
      return fake.reply;
    },
    set reply(value: FakeReply) {
      fake.reply = value;
    },
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
