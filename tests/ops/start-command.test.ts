/**
 * Every way the bot is started passes node the same flags and environment (src/bot-command.ts):
 * the Dockerfile, `npm start`, and the benchmark's child, whose memory and start time stand for the
 * bot's. A flag added to one and not the others would make the benchmark measure another process.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childCommand } from '../../bench/child/spawn.ts';
import { BOT_ENV, BOT_NODE_ARGS } from '../../src/bot-command.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The runtime stage's instructions, continuation lines joined. */
function dockerInstructions(): string[] {
  const text = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const lines = text.split('\n').filter((line) => line.trim() && !line.trimStart().startsWith('#'));
  const lastStage = lines.findLastIndex((line) => /^FROM\s/i.test(line));
  return lines.slice(lastStage);
}

describe('the bot start commands', () => {
  it('the Dockerfile runs node with the bot flags and sets the bot environment', () => {
    const instructions = dockerInstructions();
    const cmd = instructions.findLast((line) => /^CMD\s/.test(line))!;
    expect(JSON.parse(cmd.slice('CMD'.length))).toEqual(['node', ...BOT_NODE_ARGS, 'src/main.ts']);
    const env = Object.fromEntries(
      instructions
        .filter((line) => /^ENV\s/.test(line))
        .flatMap((line) => line.slice('ENV'.length).trim().split(/\s+/))
        .map((pair) => pair.split('=', 2) as [string, string]),
    );
    expect(env).toMatchObject(BOT_ENV);
  });

  it('npm start runs the same command with the same environment', () => {
    const start = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start;
    const assignments = Object.entries(BOT_ENV).map(([name, value]) => `${name}=${value}`);
    expect(start).toBe([...assignments, 'node', ...BOT_NODE_ARGS, 'src/main.ts'].join(' '));
  });

  it("the benchmark's child starts like the bot", () => {
    const { args, env } = childCommand('engine', '/corpus', 'query', { cacheDir: '/cache', env: { TSX_DISABLE_CACHE: '1' } });
    expect(args.slice(0, BOT_NODE_ARGS.length)).toEqual(BOT_NODE_ARGS);
    expect(args[BOT_NODE_ARGS.length]).toMatch(/start-child\.ts$/);
    expect(env).toMatchObject(BOT_ENV);
  });
});
