import type { ServerResponse } from 'node:http';

/** How a fake external service (geocoder, SMS gateway) answers one request. */
export type FakeReply =
  | { readonly kind: 'json'; readonly body: unknown; readonly status?: number }
  | { readonly kind: 'raw'; readonly body: string; readonly status: number; readonly contentType?: string }
  /** Accepts the request and never answers. */
  | { readonly kind: 'hang' }
  /** Sends the headers and `stallStart` (the beginning of a body), then nothing. */
  | { readonly kind: 'stall' };

/** Writes `reply` on `res`; a stalled reply starts its body with `stallStart`. */
export function writeFakeReply(res: ServerResponse, reply: FakeReply, stallStart: string): void {
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
      res.write(stallStart);
      return;
    case 'hang':
      return;
  }
}
