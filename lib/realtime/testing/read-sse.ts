export type SseEvent = { event: string; data: unknown; id?: string };

/**
 * Reads Server-Sent Events from a fetch Response body, for tests and the benchmark: `next()`
 * resolves with the next event (comments and heartbeats skipped), `close()` cancels the stream.
 */
export function readSse(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: SseEvent[] = [];
  // A read that outlived a timeout is kept for the next call, or its chunk would be lost.
  let pending: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;

  const parse = (block: string): SseEvent | null => {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
      else if (line.startsWith('id: ')) id = line.slice(4);
    }
    if (data.length === 0) return null;
    return { event, id, data: JSON.parse(data.join('\n')) as unknown };
  };

  async function next(timeoutMs = 5_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    while (queue.length === 0) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('no SSE event in time');
      const chunk = await Promise.race([
        (pending ??= reader.read()),
        new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), remaining)),
      ]);
      if (chunk === 'timeout') throw new Error('no SSE event in time');
      pending = null;
      if (chunk.done) throw new Error('SSE stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const parsed = parse(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
        if (parsed) queue.push(parsed);
      }
    }
    return queue.shift()!;
  }

  /** The next event of a given name, skipping others. */
  async function nextOf(event: string, timeoutMs = 5_000): Promise<SseEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const e = await next(Math.max(1, deadline - Date.now()));
      if (e.event === event) return e;
    }
  }

  return { next, nextOf, close: () => reader.cancel().catch(() => {}) };
}
