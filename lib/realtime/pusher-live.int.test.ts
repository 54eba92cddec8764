import { describe, expect, it } from 'vitest';
import { createPusherClient, PusherPublisher } from './pusher-publisher';
import { testSetting } from '@/lib/env';

// Tests read these directly: CI secrets for the suite, not app configuration.
const credentials = {
  appId: testSetting('TEST_PUSHER_APP_ID'),
  key: testSetting('TEST_PUSHER_KEY'),
  secret: testSetting('TEST_PUSHER_SECRET'),
  cluster: testSetting('TEST_PUSHER_CLUSTER'),
};
const configured = Object.values(credentials).every(Boolean);
if (!configured) {
  console.info(
    'Skipping live Pusher tests: set TEST_PUSHER_APP_ID, TEST_PUSHER_KEY, TEST_PUSHER_SECRET and TEST_PUSHER_CLUSTER',
  );
}

describe.skipIf(!configured)('Pusher Channels (live API)', () => {
  const publisher = () =>
    new PusherPublisher(
      createPusherClient(credentials as Record<keyof typeof credentials, string>),
    );

  it('answers the channel-list probe and accepts a batch on a private channel', async () => {
    const p = publisher();
    expect(await p.probe()).toBe(true);
    await p.publish([
      {
        channel: `order-live-test-${Date.now()}`,
        event: 'position',
        data: { lat: -23.5, lng: -46.6, at: new Date().toISOString() },
      },
    ]);
    expect(p.isFailing()).toBe(false);
  });

  it('signs channel authorisations with the app key', () => {
    const auth = publisher().authorize('1234.5678', 'private-order-x');
    expect(auth.auth.startsWith(`${credentials.key}:`)).toBe(true);
  });
});
