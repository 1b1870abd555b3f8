/**
 * Child process of the fan-out benchmark: the floor — a minimal Server-Sent
 * Events broadcaster on node:http. `GET /api/events` answers the app's
 * headers and `retry:` line and keeps the response in an array;
 * `POST /trigger?id=…` writes one event, the same bytes as the app's `offer`
 * event, to every kept response, then answers 204. Prints `{"port": N}`.
 */
import http from 'node:http';

const streams = new Set<http.ServerResponse>();

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
    res.write('retry: 3000\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return;
  }
  if (req.method === 'POST' && url.pathname === '/trigger') {
    const event = `event: offer\ndata: ${JSON.stringify({ careRequestId: url.searchParams.get('id') ?? '' })}\n\n`;
    for (const stream of streams) stream.write(event);
    res.writeHead(204).end();
    return;
  }
  res.writeHead(404).end();
});
server.keepAliveTimeout = 72_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : null }));
});
process.on('SIGTERM', () => {
  for (const stream of streams) stream.destroy();
  server.close(() => process.exit(0));
});
