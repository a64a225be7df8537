import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level: LogLevel;
  /** Values that must never reach a log line, whatever field or message they hide in. */
  secrets: readonly (string | null | undefined)[];
  /** Where lines go; stdout by default (tests pass a buffer). */
  destination?: DestinationStream;
  /** Human-readable output; defaults to "stdout is a terminal". */
  pretty?: boolean;
}

const REDACTED_PATHS = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'password',
  '*.password',
];

export function createLogger(options: LoggerOptions): Logger {
  const secrets = options.secrets.filter((s): s is string => typeof s === 'string' && s.length >= 6);
  const pretty = options.pretty ?? (options.destination === undefined && process.stdout.isTTY === true);
  const pinoOptions: pino.LoggerOptions = {
    level: options.level,
    base: { app: 'studycards' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    // Field redaction misses a token quoted inside an error message or URL; scrubbing the final line
    // catches every place it could hide.
    hooks: secrets.length > 0 ? { streamWrite: (line: string) => scrub(line, secrets) } : {},
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (pretty) {
    return pino(pinoOptions, pino.transport({ target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:standard' } }));
  }
  return options.destination ? pino(pinoOptions, options.destination) : pino(pinoOptions);
}

function scrub(line: string, secrets: readonly string[]): string {
  let result = line;
  for (const secret of secrets) {
    if (result.includes(secret)) result = result.split(secret).join('[redacted]');
  }
  return result;
}
