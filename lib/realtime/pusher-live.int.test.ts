import { describe, expect, it } from 'vitest';
import { createPusherClient, PusherPublisher } from './pusher-publisher';

// Tests read these directly: CI secrets for the suite, not app configuration.
/* eslint-disable no-restricted-properties */
const credentials = {
  appId: process.env.TEST_PUSHER_APP_ID,
  key: process.env.TEST_PUSHER_KEY,
  secret: process.env.TEST_PUSHER_SECRET,
  cluster: process.env.TEST_PUSHER_CLUSTER,
};
/* eslint-enable no-restricted-properties */
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
