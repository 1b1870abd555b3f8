/**
 * Child process of the race benchmark: the floor — a bare node:http server,
 * no framework, no database. `POST /accept/<burst id>` reads the cookie and
 * CSRF headers as the app receives them (only their presence is checked:
 * 401 without them) and the request body to its end, then answers the first
 * call of a burst id 200 with a small JSON body and every later one 409 with
 * the app's `care_requests.already_taken` error body (`{code, message}`, the
 * same bytes). Two such processes share nothing: each answers one 200 per
 * burst. Prints `{"port": N}`.
 */
import http from 'node:http';
import { errors } from '../src/i18n/fr/errors.js';

const ALREADY_TAKEN = JSON.stringify({ code: 'care_requests.already_taken', message: errors['care_requests.already_taken'] });
const UNAUTHENTICATED = JSON.stringify({ code: 'auth.unauthenticated', message: errors['auth.unauthenticated'] });
const PREFIX = '/accept/';

/** Burst ids already answered 200. */
const taken = new Set<string>();

function answer(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) }).end(body);
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || !req.url?.startsWith(PREFIX)) {
    res.writeHead(404).end();
    return;
  }
  const id = req.url.slice(PREFIX.length);
  const signedIn = Boolean(req.headers.cookie && req.headers['x-csrf-token']);
  req.resume();
  req.on('end', () => {
    if (!signedIn) return answer(res, 401, UNAUTHENTICATED);
    if (taken.has(id)) return answer(res, 409, ALREADY_TAKEN);
    taken.add(id);
    answer(res, 200, JSON.stringify({ careRequest: { id, status: 'accepted' } }));
  });
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
