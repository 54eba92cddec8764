import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'info', destination }) };
}

const SECRETS = {
  password: 'hunter2-top',
  passwordHash: '$argon2id$hash-top',
  token: 'tok-top',
  accessToken: 'acc-top',
  refreshToken: 'ref-top',
  deviceKey: 'lojadk_devicekey-top',
  authorization: 'Bearer auth-top',
  cookie: 'sid=cookie-top',
  'set-cookie': 'sid=setcookie-top',
  secret: 'secret-top',
  apiKey: 'apikey-top',
  card: 'card-top',
  cardNumber: '4111111111111111',
  cvv: '123cvv',
  pan: '5555444433331111',
};

describe('log redaction', () => {
  it('never writes secret values at the top level, one and two levels deep', () => {
    const { lines, logger } = capture();
    logger.info(
      { ...SECRETS, user: { ...SECRETS, profile: { ...SECRETS } } },
      'secrets everywhere',
    );
    logger.info(
      {
        req: {
          headers: { authorization: 'DeviceKey lojadk_header-auth', cookie: 'sid=header-cookie' },
        },
      },
      'request',
    );
    logger.info(
      { headers: { authorization: 'Bearer header-top', 'set-cookie': 'x=header-setcookie' } },
      'headers',
    );

    const output = lines.join('\n');
    const leaked = [
      ...Object.values(SECRETS),
      'header-auth',
      'header-cookie',
      'header-top',
      'header-setcookie',
    ].filter((s) => output.includes(s));
    expect(leaked).toEqual([]);
    const first = JSON.parse(lines[0] ?? '{}') as Record<string, unknown> & {
      user: { profile: Record<string, unknown> };
    };
    expect(first.password).toBe('[Redacted]');
    expect(first.user.profile.cvv).toBe('[Redacted]');
    expect(output).toContain('[Redacted]');
  });

  it('writes structured JSON with level label, base fields and ordinary values intact', () => {
    const { lines, logger } = capture();
    logger.child({ requestId: 'req-1' }).info({ orderId: 'o-1' }, 'placed');
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'info',
      app: 'loja',
      requestId: 'req-1',
      orderId: 'o-1',
      msg: 'placed',
    });
    expect(typeof line.time).toBe('string');
  });

  it('respects the level', () => {
    const { lines, logger } = capture();
    logger.debug('hidden');
    expect(lines).toHaveLength(0);
  });
});
