import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logging.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, destination };
}

describe('logging', () => {
  const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.secret-token-value';

  it('writes JSON lines with the level and message', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'info', secrets: [], destination });
    logger.child({ interactionId: '42' }).info({ command: 'search' }, 'command answered');
    logger.debug('hidden at info level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'command answered', interactionId: '42', command: 'search' });
  });

  it('never writes the token or a password, wherever it hides', () => {
    const { lines, destination } = capture();
    const logger = createLogger({ level: 'trace', secrets: [token, 'hunter22'], destination });
    logger.info({ token }, 'field');
    logger.info({ config: { discordToken: token } }, 'nested field');
    logger.info({ request: { headers: { authorization: `Bot ${token}` } } }, 'header');
    logger.error({ err: new Error(`login failed with ${token}`) }, 'error message');
    logger.warn(`url https://x.example/webhooks/1/${token}`);
    logger.info({ store: 'postgres://user:hunter22@db/test' }, 'store url');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      expect(line).not.toContain(token);
      expect(line).not.toContain('secret-token-value');
      expect(line).not.toContain('hunter22');
    }
    expect(lines.join('\n')).toContain('[redacted]');
  });
});
