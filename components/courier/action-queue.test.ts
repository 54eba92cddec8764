import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionOutbox } from './action-outbox';
import {
  flushQueue,
  MemoryActionStore,
  newActionId,
  sendToCourierApi,
  verdict,
  type QueuedAction,
  type Send,
} from './action-queue';

const json = (status: number, body: unknown = { ok: true }) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const wrongCode = () =>
  json(422, {
    error: { code: 'validation_failed', message: 'Wrong code', fields: { code: ['wrong'] } },
  });

/** A server stand-in: answers per step from a script, or fails like fetch when "offline". */
function fakeServer(answer: (action: QueuedAction) => Response = () => json(200)) {
  const sent: QueuedAction[] = [];
  let offline = false;
  const send: Send = async (action) => {
    if (offline) throw new TypeError('Failed to fetch');
    sent.push(action);
    return answer(action);
  };
  return { send, sent, setOffline: (value: boolean) => (offline = value) };
}

async function queue(store: MemoryActionStore, ...steps: QueuedAction['step'][]) {
  for (const [i, step] of steps.entries()) {
    await store.add({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      stopId: `stop-${i}`,
      step,
      body: step === 'deliver' ? { code: '123456', signature: 'data:image/png;base64,AAAA' } : {},
      queuedAt: i,
      state: 'queued',
    });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('flushQueue', () => {
  it('sends oldest first and removes what the server applied', async () => {
    const store = new MemoryActionStore();
    await queue(store, 'arrive', 'deliver', 'fail');
    const server = fakeServer();
    const report = await flushQueue(store, server.send);
    expect(server.sent.map((a) => a.step)).toEqual(['arrive', 'deliver', 'fail']);
    expect(report).toMatchObject({ waiting: 0, rejected: [] });
    expect(report.done).toHaveLength(3);
    expect(await store.list()).toEqual([]);
  });

  it('keeps the action and everything after it when the network is down', async () => {
    const store = new MemoryActionStore();
    await queue(store, 'arrive', 'deliver');
    const server = fakeServer();
    server.setOffline(true);
    const report = await flushQueue(store, server.send);
    expect(report).toEqual({ done: [], rejected: [], waiting: 2 });
    expect((await store.list()).map((a) => [a.step, a.state])).toEqual([
      ['arrive', 'queued'],
      ['deliver', 'queued'],
    ]);

    server.setOffline(false);
    await flushQueue(store, server.send);
    expect(server.sent.map((a) => a.step)).toEqual(['arrive', 'deliver']);
    expect(await store.list()).toEqual([]);
  });

  it('waits on 401 and proxy 5xx without skipping ahead', async () => {
    for (const status of [401, 503]) {
      const store = new MemoryActionStore();
      await queue(store, 'arrive', 'fail');
      const server = fakeServer(() => json(status, {}));
      const report = await flushQueue(store, server.send);
      expect(server.sent.map((a) => a.step)).toEqual(['arrive']);
      expect(report.waiting).toBe(2);
      expect((await store.list()).every((a) => a.state === 'queued')).toBe(true);
    }
  });

  it('a refused action leaves the queue as rejected, without its proof, and is not resent', async () => {
    const store = new MemoryActionStore();
    await queue(store, 'deliver', 'arrive');
    const server = fakeServer((a) => (a.step === 'deliver' ? wrongCode() : json(404, {})));
    const report = await flushQueue(store, server.send);
    expect(report.waiting).toBe(0);
    expect(report.rejected.map((a) => [a.step, a.error])).toEqual([
      ['deliver', { status: 422, message: 'Wrong code', wrongCode: true }],
      ['arrive', { status: 404, message: 'HTTP 404', wrongCode: false }],
    ]);
    const kept = await store.list();
    expect(kept.map((a) => a.state)).toEqual(['rejected', 'rejected']);
    expect(kept[0]).not.toHaveProperty('body');

    await flushQueue(store, server.send);
    expect(server.sent).toHaveLength(2);
  });

  it('classifies answers', () => {
    expect([200, 204].map(verdict)).toEqual(['done', 'done']);
    expect([401, 429, 502, 503, 504].map(verdict)).toEqual(Array(5).fill('wait'));
    expect([400, 403, 404, 409, 413, 422, 500].map(verdict)).toEqual(Array(7).fill('rejected'));
  });
});

describe('ActionOutbox', () => {
  it('online: done; offline: queued (and asks for a sync); back online: sent in order', async () => {
    const store = new MemoryActionStore();
    const server = fakeServer();
    const waiting = vi.fn();
    const outbox = new ActionOutbox(store, server.send, waiting);
    const seen: number[] = [];
    outbox.subscribe(() => seen.push(outbox.getSnapshot().length));

    expect((await outbox.submit({ stopId: 'a', step: 'arrive' })).state).toBe('done');
    expect(waiting).not.toHaveBeenCalled();

    server.setOffline(true);
    expect((await outbox.submit({ stopId: 'b', step: 'arrive' })).state).toBe('queued');
    const deliver = await outbox.submit({ stopId: 'b', step: 'deliver', body: { code: '1' } });
    expect(deliver.state).toBe('queued');
    expect(waiting).toHaveBeenCalled();
    expect(outbox.getSnapshot().map((a) => a.step)).toEqual(['arrive', 'deliver']);
    expect(seen.at(-1)).toBe(2);

    server.setOffline(false);
    const report = await outbox.flush();
    expect(report.done.map((a) => `${a.stopId}:${a.step}`)).toEqual(['b:arrive', 'b:deliver']);
    expect(outbox.getSnapshot()).toEqual([]);
    // Every send carried its own action id.
    expect(new Set(server.sent.map((a) => a.id)).size).toBe(3);
  });

  it('a refusal goes back to the submitter only; one met in a replay stays until dismissed', async () => {
    const store = new MemoryActionStore();
    const server = fakeServer(wrongCode);
    const outbox = new ActionOutbox(store, server.send);
    const snapshots: (readonly QueuedAction[])[] = [];
    outbox.subscribe(() => snapshots.push(outbox.getSnapshot()));
    const result = await outbox.submit({ stopId: 'a', step: 'deliver', body: { code: '0' } });
    expect(result.state).toBe('rejected');
    expect(result.entry.error?.wrongCode).toBe(true);
    expect(snapshots.flat().some((e) => e.state === 'rejected')).toBe(false);
    expect(await store.list()).toEqual([]);

    server.setOffline(true);
    await outbox.submit({ stopId: 'b', step: 'deliver', body: { code: '0' } });
    server.setOffline(false);
    await outbox.flush();
    const [kept] = outbox.getSnapshot();
    expect(kept).toMatchObject({ stopId: 'b', state: 'rejected' });
    await outbox.dismiss(kept!.seq);
    expect(outbox.getSnapshot()).toEqual([]);
  });

  it('two flushes at once send each action once', async () => {
    const store = new MemoryActionStore();
    await queue(store, 'arrive', 'fail');
    const server = fakeServer();
    const outbox = new ActionOutbox(store, server.send);
    await Promise.all([outbox.flush(), outbox.flush()]);
    expect(server.sent.map((a) => a.step)).toEqual(['arrive', 'fail']);
  });
});

describe('sending', () => {
  it('posts to the courier API with the action id as Idempotency-Key', async () => {
    const fetchMock = vi.fn(async () => json(200));
    vi.stubGlobal('fetch', fetchMock);
    const store = new MemoryActionStore();
    await queue(store, 'deliver');
    const [action] = await store.list();
    await sendToCourierApi(action!);
    expect(fetchMock).toHaveBeenCalledWith('/api/courier/stops/stop-0/deliver', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'idempotency-key': action!.id },
      body: JSON.stringify(action!.body),
    });
  });

  it('makes v4 UUIDs without crypto.randomUUID too', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newActionId()).toMatch(uuid);
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(255) });
    expect(newActionId()).toMatch(uuid);
  });
});
