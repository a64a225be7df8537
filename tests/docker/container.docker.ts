/**
 * The image as an admin would use it: built from this folder, run against the Discord double with
 * host networking and a named volume for /data. Needs `docker` (../shared/tools/docker-here.sh on
 * these machines); not part of `npm test`.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordDouble, type ApiMessage, type DiscordDouble } from '../../discord-double/index.ts';
import { freePort } from '../../kit/redis-server.ts';
import { waitUntil } from '../../kit/wait.ts';
import { ALICE_USER } from '../../kit/members.ts';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const IMAGE = process.env.STUDYCARDS_TEST_IMAGE ?? 'studycards:test';
const suffix = crypto.randomBytes(4).toString('hex');
const VOLUME = `studycards-test-data-${suffix}`;
const containers: string[] = [];

async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run('docker', args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

let double: DiscordDouble;
const alice = ALICE_USER;
const customIds = (message: { components: unknown[] }) =>
  JSON.stringify(message.components)
    .match(/"custom_id":"([^"]+)"/g)
    ?.map((m) => m.slice(13, -1)) ?? [];

beforeAll(async () => {
  // The legacy builder: BuildKit is not installed with Debian's docker.io.
  await run('docker', ['build', '--network', 'host', '-t', IMAGE, '.'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DOCKER_BUILDKIT: '0' },
    maxBuffer: 256 * 1024 * 1024,
  });
  await docker('volume', 'create', VOLUME);
  double = await startDiscordDouble();
}, 40 * 60_000);

// Removing containers and volumes copies nothing but is slow on the vfs storage driver.
afterAll(async () => {
  await Promise.all(containers.map((name) => docker('rm', '-f', name).catch(() => undefined)));
  await docker('volume', 'rm', '-f', VOLUME).catch(() => undefined);
  await double?.close();
}, 10 * 60_000);

/** Starts the image with /data on the test volume; resolves once /healthz answers 200. */
async function startContainer(): Promise<{ name: string; healthPort: number }> {
  const name = `studycards-test-${suffix}-${containers.length}`;
  const healthPort = await freePort();
  containers.push(name);
  // The double listens on 127.0.0.1 of the host: host networking lets the container reach it.
  await docker(
    'run',
    '-d',
    '--name',
    name,
    '--network',
    'host',
    '-v',
    `${VOLUME}:/data`,
    '-e',
    `DISCORD_TOKEN=${double.token}`,
    '-e',
    `DISCORD_API_BASE=${double.apiBase}`,
    '-e',
    `HEALTH_PORT=${healthPort}`,
    IMAGE,
  );
  await waitUntil(
    async () => {
      const state = await docker('inspect', '-f', '{{.State.Status}}', name);
      if (state !== 'running') throw new Error(`container ${state}:\n${await docker('logs', name).catch(() => '')}`);
      const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`).catch(() => null);
      return response?.status === 200;
    },
    '/healthz to answer 200',
    120_000,
    250,
  );
  return { name, healthPort };
}

/** SIGTERM, up to 10 s, then SIGKILL: what `docker stop` does. */
async function stopContainer(name: string): Promise<{ seconds: number; exitCode: number; logs: string }> {
  const startedAt = Date.now();
  await docker('stop', '-t', '10', name);
  const seconds = (Date.now() - startedAt) / 1000;
  const exitCode = Number(await docker('inspect', '-f', '{{.State.ExitCode}}', name));
  const { stdout, stderr } = await run('docker', ['logs', name], { maxBuffer: 64 * 1024 * 1024 });
  return { seconds, exitCode, logs: stdout + stderr };
}

async function reviewsInTotal(): Promise<string | undefined> {
  const stats = await (await double.sendCommand({ name: 'stats', user: alice, locale: 'en-US' })).reply();
  return stats.embeds[0]!.fields!.find((f) => f.name === 'Reviews in total')?.value;
}

describe('the Docker image', () => {
  it('runs as non-root, answers /healthz and a command, stops cleanly within 10 s and keeps reviews in /data', async () => {
    const first = await startContainer();
    const uid = (await docker('exec', first.name, 'sh', '-c', "awk '/^Uid:/ {print $2}' /proc/1/status")).trim();
    expect(uid).not.toBe('0');
    expect(await docker('exec', first.name, 'id', '-un')).toBe('node');

    const help = await (await double.sendCommand({ name: 'help', locale: 'en-US' })).reply();
    expect(help.embeds[0]!.title).toBe('studycards');

    // One review through /quiz: show the first card, rate it Good.
    let message: ApiMessage = await (await double.sendCommand({ name: 'quiz', user: alice, locale: 'en-US' })).reply();
    for (let step = 0; step < 3; step++) {
      const ids = customIds(message);
      const rate = ids.find((id) => id.startsWith('1:quiz-rate:') && id.endsWith(':3'));
      const show = ids.find((id) => id.startsWith('1:quiz-show:'));
      const click = await double.clickButton({ message, customId: (rate ?? show)!, user: alice, locale: 'en-US' });
      await click.callback();
      message = double.message(message.id) ?? (await click.reply());
      if (rate) break;
    }
    expect(await reviewsInTotal()).toBe('1');

    const stopped = await stopContainer(first.name);
    expect(stopped.exitCode, stopped.logs).toBe(0);
    expect(stopped.seconds).toBeLessThan(10);
    expect(stopped.logs).toContain('"msg":"stopped"');
    console.log(`docker stop took ${stopped.seconds.toFixed(1)} s, exit ${stopped.exitCode}`);

    // A new container on the same volume (what an upgrade does) still has the review.
    const second = await startContainer();
    expect(await reviewsInTotal()).toBe('1');
    const again = await stopContainer(second.name);
    expect(again.exitCode, again.logs).toBe(0);
    expect(again.seconds).toBeLessThan(10);
    console.log(`docker stop took ${again.seconds.toFixed(1)} s, exit ${again.exitCode}`);
  });
});
