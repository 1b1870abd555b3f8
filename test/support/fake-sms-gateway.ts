import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFakeReply, type FakeReply } from './fake-reply.js';

/** How the fake gateway answers one request. */
export type GatewayReply = FakeReply;


/** A request as the gateway received it, raw body included (to check signatures and encodings). */
export interface GatewayRequest {
  readonly method: string;
  /** Path and query, as sent (`/1.0/sms/sms-ab12345-1/jobs`). */
  readonly url: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/**
 * A local stand-in for an SMS provider on 127.0.0.1 (random port). Each
 * request is recorded, then answered by `respond` — which a test replaces to
 * speak the provider's wire format and to check what it got (credentials,
 * signature) the way the provider would.
 */
export interface FakeSmsGateway {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  respond: (request: GatewayRequest) => GatewayReply;
  readonly requests: GatewayRequest[];
  close(): Promise<void>;
}

export const json = (body: unknown, status = 200): GatewayReply => ({ kind: 'json', body, status });

export async function startFakeSmsGateway(respond: (request: GatewayRequest) => GatewayReply = () => json({})): Promise<FakeSmsGateway> {
  const requests: GatewayRequest[] = [];
  const fake = { respond };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = req.url ?? '/';
      const request: GatewayRequest = {
        method: req.method ?? '',
        url,
        path: new URL(url, 'http://127.0.0.1').pathname,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      writeFakeReply(res, fake.respond(request), '{"ids":[');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get respond() {
      return fake.respond;
    },
    set respond(value) {
      fake.respond = value;
    },
    requests,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
