import pino, { type DestinationStream, type Logger } from 'pino';
import { getEnv } from '@/lib/env';

export type { Logger };

/** Keys whose values never reach a log line, wherever they sit in the first three levels. */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'deviceKey',
  'idToken',
  'authorization',
  'cookie',
  'set-cookie',
  'secret',
  'clientSecret',
  'apiKey',
  'api_key',
  'x-api-key',
  'card',
  'cardNumber',
  'cvv',
  'cvc',
  'pan',
];

const key = (name: string) => (/^\w+$/.test(name) ? `.${name}` : `["${name}"]`);

export const REDACT_PATHS = SECRET_KEYS.flatMap((name) => [
  key(name).replace(/^\./, ''),
  `*${key(name)}`,
  `*.*${key(name)}`,
]);

export type LoggerOptions = { level?: string; destination?: DestinationStream };

export function createLogger(options: LoggerOptions = {}): Logger {
  const env = getEnv();
  return pino(
    {
      level: options.level ?? env.LOG_LEVEL,
      base: { app: 'loja', env: env.NODE_ENV, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
      serializers: { err: pino.stdSerializers.err },
    },
    options.destination,
  );
}

const globalForLog = globalThis as unknown as { lojaLogger?: Logger };

/** The process logger, created on first use so importing this module never reads config. */
export function getLogger(): Logger {
  globalForLog.lojaLogger ??= createLogger();
  return globalForLog.lojaLogger;
}
