import { describe, expect, it } from 'vitest';
import { MAX_NOTIFY_BYTES, packNotifyPayloads, parseNotifyPayload } from './pg-notify';
import type { RealtimeMessage } from './types';

const message = (i: number, size = 100): RealtimeMessage => ({
  channel: `order-${i}`,
  event: 'position',
  data: { pad: 'x'.repeat(size) },
});

describe('NOTIFY payload packing', () => {
  it('packs many messages into payloads under the 8000-byte limit, losing none', () => {
    const messages = Array.from({ length: 200 }, (_, i) => message(i));
    const { payloads, tooLarge } = packNotifyPayloads(messages);
    expect(tooLarge).toEqual([]);
    expect(payloads.length).toBeGreaterThan(1);
    for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThan(MAX_NOTIFY_BYTES);
    expect(payloads.flatMap(parseNotifyPayload)).toEqual(messages);
  });

  it('sets aside a single message too large for NOTIFY', () => {
    const { payloads, tooLarge } = packNotifyPayloads([message(1), message(2, 9_000)]);
    expect(tooLarge).toHaveLength(1);
    expect(payloads.flatMap(parseNotifyPayload)).toEqual([message(1)]);
  });

  it('reads garbage as no messages', () => {
    expect(parseNotifyPayload('not json')).toEqual([]);
    expect(parseNotifyPayload(undefined)).toEqual([]);
  });
});
