import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the fake service answers one request. */
export type FakeReply =
  | { readonly kind: 'json'; readonly body: unknown; readonly status?: number }
  | { readonly kind: 'raw'; readonly body: string; readonly status: number; readonly contentType?: string }
  /** Accepts the request and never answers. */
  | { readonly kind: 'hang' }
  /** Sends the headers, then never the body. */
  | { readonly kind: 'stall' };

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
    const reply = fake.reply;
    switch (reply.kind) {
      case 'json':
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(reply.body));
        return;
      case 'raw':
        res.writeHead(reply.status, { 'content-type': reply.contentType ?? 'text/html' });
        res.end(reply.body);
        return;
      case 'stall':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"type":"FeatureCollection","features":[');
        return;
      case 'hang':
        return;
    }
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
