/**
 * The content folder failing under a running bot: the folder vanishing or turning into a file, and
 * an article turning into garbage (bytes that are not UTF-8, front matter that is not YAML). Members
 * keep the last good corpus, each problem is logged once with its path, and fixing the files is all
 * it takes to recover.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscordDouble } from '../../discord-double/index.ts';
import type { BotRun } from '../../kit/bot-harness.ts';
import { finishedTicks, moreTicks, writeAtomically } from '../../kit/announce.ts';
import { EN, textOf } from '../../kit/double.ts';
import { useFaultLab } from './support/lab.ts';
import { waitUntil } from '../../kit/wait.ts';

const lab = useFaultLab();
const CARD_FILE = 'leetcode/0128-longest-consecutive-sequence.md';
const CARD_TITLE = '128. 最长连续序列';

/** A bot that rescans the content folder every second (the announce job's tick does the rescan). */
async function bootRescanning() {
  const double = await lab.discord();
  const contentDir = lab.corpus();
  const run = await lab.bot({ CONTENT_DIR: contentDir, ANNOUNCE_CRON: '* * * * * *' });
  await waitUntil(() => finishedTicks(run, 'announce') >= 1, 'the first rescan');
  return { double, contentDir, run };
}

async function cardTitle(double: DiscordDouble, query: string): Promise<string | undefined> {
  const reply = await (await double.sendCommand({ name: 'card', options: { query }, locale: EN })).reply();
  return reply.embeds[0]?.title;
}

function linesWith(run: BotRun, message: string): Record<string, unknown>[] {
  return run.logs.filter((line) => line.msg === message);
}

function problemLines(run: BotRun, file: string): Record<string, unknown>[] {
  return run.logs.filter((line) => typeof line.msg === 'string' && line.msg.startsWith('content problem:') && line.path === file);
}

describe('the content folder disappearing', () => {
  it('serves the last good corpus while the folder is gone or is a file, logs each outage once, and recovers', async () => {
    const { double, contentDir, run } = await bootRescanning();
    const away = `${contentDir}-away`;
    lab.onCleanup(() => fs.rmSync(away, { recursive: true, force: true }));
    const unreadable = () => linesWith(run, 'content folder unreadable; serving the last good corpus');
    const readable = () => linesWith(run, 'content folder readable again');

    fs.renameSync(contentDir, away);
    await waitUntil(() => unreadable().length === 1, 'the vanished folder to be reported');
    await moreTicks(run, 'announce', 1);
    expect(unreadable()).toHaveLength(1);
    expect(unreadable()[0]).toMatchObject({ level: 50, dir: contentDir });
    expect(await cardTitle(double, '最长连续序列')).toBe(CARD_TITLE);
    expect(textOf(await (await double.sendCommand({ name: 'search', options: { query: '注意力' }, locale: EN })).reply())).toMatch(/Results 1–5/);

    fs.renameSync(away, contentDir);
    await waitUntil(() => readable().length === 1, 'the folder to be readable again');
    writeAtomically(path.join(contentDir, 'notes', 'after-outage.md'), '---\ntitle: 故障之后的笔记\ndate: 2026-11-05\n---\n恢复后新增。\n');
    await waitUntil(async () => (await cardTitle(double, '故障之后的笔记')) === '故障之后的笔记', 'the new note to be served', 10_000, 100);

    // A second outage of another kind is a new change: reported once more, then recovered from again.
    fs.renameSync(contentDir, away);
    fs.writeFileSync(contentDir, 'a file where the content folder should be');
    await waitUntil(() => unreadable().length === 2, 'the folder-turned-file to be reported');
    await moreTicks(run, 'announce', 1);
    expect(unreadable()).toHaveLength(2);
    expect(JSON.stringify(unreadable()[1]!.err)).toMatch(/ENOTDIR/);
    expect(await cardTitle(double, '故障之后的笔记')).toBe('故障之后的笔记');
    fs.rmSync(contentDir);
    fs.renameSync(away, contentDir);
    await waitUntil(() => readable().length === 2, 'the folder to be readable once more');
    expect(await cardTitle(double, '最长连续序列')).toBe(CARD_TITLE);
  });
});

describe('an article turning into garbage', () => {
  it('keeps the last good version through invalid UTF-8 and broken YAML, logs each problem once with its path, and takes the fix', async () => {
    const { double, contentDir, run } = await bootRescanning();
    const file = path.join(contentDir, CARD_FILE);
    const good = fs.readFileSync(file, 'utf8');

    const invalidUtf8 = Buffer.concat([Buffer.from('---\ntitle: 乱码\n'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0]), Buffer.from('\n---\n')]);
    writeAtomically(file, invalidUtf8);
    await waitUntil(() => problemLines(run, CARD_FILE).length === 1, 'the invalid UTF-8 to be reported');
    await moreTicks(run, 'announce', 1);
    expect(problemLines(run, CARD_FILE)).toHaveLength(1);
    expect(problemLines(run, CARD_FILE)[0]).toMatchObject({ level: 40, keptLastGood: true, reason: 'the file is not valid UTF-8 text' });
    expect(await cardTitle(double, '最长连续序列')).toBe(CARD_TITLE);

    writeAtomically(file, good.replace(/^title: .*$/m, 'title: [128. 没有闭合的方括号'));
    await waitUntil(() => problemLines(run, CARD_FILE).length === 2, 'the broken YAML to be reported');
    await moreTicks(run, 'announce', 1);
    const problems = problemLines(run, CARD_FILE);
    expect(problems).toHaveLength(2);
    expect(problems[1]).toMatchObject({ level: 40, keptLastGood: true });
    expect(String(problems[1]!.reason)).toMatch(/invalid YAML front matter/);
    expect(String(problems[1]!.msg)).toContain(CARD_FILE);
    expect(await cardTitle(double, '最长连续序列')).toBe(CARD_TITLE);
    // The daily quiz and /quiz draw on the same corpus: the card is still there to study.
    expect(JSON.stringify((await (await double.sendCommand({ name: 'quiz', locale: EN })).reply()).embeds)).toMatch(/最长连续序列|最小覆盖子串/);

    writeAtomically(file, good.replace(/^title: .*$/m, 'title: "128. 最长连续序列（修订版）"'));
    await waitUntil(async () => (await cardTitle(double, '最长连续序列')) === '128. 最长连续序列（修订版）', 'the fixed file to be served', 10_000, 100);
    await moreTicks(run, 'announce', 1);
    expect(problemLines(run, CARD_FILE)).toHaveLength(2);
    const resolved = () => linesWith(run, 'content problem resolved').filter((line) => String(line.problem).startsWith(CARD_FILE));
    expect(resolved()).toHaveLength(2);

    // Breaking it again the same way as before is a new change, so it is reported again, once.
    writeAtomically(file, invalidUtf8);
    await waitUntil(() => problemLines(run, CARD_FILE).length === 3, 'the second breakage to be reported');
    await moreTicks(run, 'announce', 1);
    expect(problemLines(run, CARD_FILE)).toHaveLength(3);
    expect(problemLines(run, CARD_FILE)[2]).toMatchObject({ reason: 'the file is not valid UTF-8 text', keptLastGood: true });
    expect(await cardTitle(double, '最长连续序列')).toBe('128. 最长连续序列（修订版）');
  });
});
