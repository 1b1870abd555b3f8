/** A Server-Sent Events stream read in a test: the next event, with its JSON data. */
export interface EventStream {
  next(timeoutMs?: number): Promise<{ event: string; data: unknown }>;
  close(): void;
}

/** Opens `GET /api/events` with a client's cookies and waits until the server has subscribed it. */
export async function openEventStream(baseUrl: string, cookies: Readonly<Record<string, string>>): Promise<EventStream> {
  const controller = new AbortController();
  const cookie = Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
  const res = await fetch(`${baseUrl}/api/events`, { headers: { cookie, accept: 'text/event-stream' }, signal: controller.signal });
  if (res.status !== 200 || !res.body) throw new Error(`event stream refused: ${res.status}`);
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pending: { event: string; data: unknown }[] = [];
  let opened = false;

  /** Reads until one more complete block (ending with a blank line) is buffered; parses the events. */
  const pull = async (): Promise<void> => {
    const { value, done } = await reader.read();
    if (done) throw new Error('event stream closed');
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const lines = block.split('\n');
      if (lines.some((line) => line.startsWith('retry:'))) opened = true;
      const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
      const data = lines.find((line) => line.startsWith('data: '))?.slice(6);
      if (event && data) pending.push({ event, data: JSON.parse(data) as unknown });
      end = buffer.indexOf('\n\n');
    }
  };
  while (!opened) await pull();

  return {
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (pending.length === 0) {
        if (Date.now() > deadline) throw new Error('no event in time');
        await Promise.race([pull(), new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - Date.now())))]);
      }
      const first = pending.shift();
      if (!first) throw new Error('no event');
      return first;
    },
    close: () => controller.abort(),
  };
}
