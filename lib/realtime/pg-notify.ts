import type { RealtimeMessage } from './types';

/** The one PostgreSQL channel every app instance LISTENs on. */
export const PG_CHANNEL = 'loja_realtime';

/** NOTIFY refuses payloads of 8000 bytes or more; stay clear of it. */
export const MAX_NOTIFY_BYTES = 7_900;

/**
 * Packs messages into as few NOTIFY payloads as fit under the limit (one per payload when a
 * single message is already large). A message that alone exceeds the limit is returned apart:
 * tracking events are a few hundred bytes, so that is a bug to log, not data to chunk.
 */
export function packNotifyPayloads(messages: readonly RealtimeMessage[]) {
  const payloads: string[] = [];
  const tooLarge: RealtimeMessage[] = [];
  let batch: RealtimeMessage[] = [];
  let size = 2;
  for (const message of messages) {
    const bytes = Buffer.byteLength(JSON.stringify(message)) + 1;
    if (bytes + 2 > MAX_NOTIFY_BYTES) {
      tooLarge.push(message);
      continue;
    }
    if (size + bytes > MAX_NOTIFY_BYTES) {
      payloads.push(JSON.stringify(batch));
      batch = [];
      size = 2;
    }
    batch.push(message);
    size += bytes;
  }
  if (batch.length > 0) payloads.push(JSON.stringify(batch));
  return { payloads, tooLarge };
}

export function parseNotifyPayload(payload: string | undefined): RealtimeMessage[] {
  if (!payload) return [];
  try {
    const parsed: unknown = JSON.parse(payload);
    return Array.isArray(parsed) ? (parsed as RealtimeMessage[]) : [];
  } catch {
    return [];
  }
}
