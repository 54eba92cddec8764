import 'server-only';
import { createHmac } from 'node:crypto';
import { getEnv } from '@/lib/env';

/** The sandbox signs its webhooks with a key derived from JWT_SECRET: nothing new to configure. */
export function getSandboxWebhookSecret(): string {
  return createHmac('sha256', getEnv().JWT_SECRET).update('loja-sandbox-webhooks').digest('hex');
}
