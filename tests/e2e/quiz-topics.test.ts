import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordDouble, type DiscordDouble } from '../../discord-double/index.ts';
import { startBot, type BotRun } from '../../kit/bot-harness.ts';
import { ALICE_USER } from '../../kit/members.ts';

const SHIPPED = path.resolve(import.meta.dirname, '..', '..', 'content');
const LINKED_LIST = new Set([160, 206, 234, 141, 142, 21, 2, 19, 24, 25, 138, 148, 23, 146]);
const alice = ALICE_USER;

let double: DiscordDouble | undefined;
let run: BotRun | undefined;
afterEach(async () => {
  await run?.app.stop();
  await double?.close();
  run = undefined;
  double = undefined;
});

const customIds = (message: { components: unknown[] }) =>
  JSON.stringify(message.components)
    .match(/"custom_id":"([^"]+)"/g)
    ?.map((m) => m.slice(13, -1)) ?? [];

describe('/quiz topic through the Discord double', () => {
  it('autocompletes 链表 and deals only linked-list cards for /quiz topic:topic-linked-list', async () => {
    double = await startDiscordDouble();
    run = await startBot(double, { CONTENT_DIR: SHIPPED });
    const d = double;

    const choices = await d.sendAutocomplete({ name: 'quiz', focused: { name: 'topic', value: '链表' }, locale: 'zh-CN' });
    expect(choices).toEqual([{ name: '链表 (14)', value: 'topic-linked-list' }]);
    const english = await d.sendAutocomplete({ name: 'quiz', focused: { name: 'topic', value: 'linked' }, locale: 'en-US' });
    expect(english).toEqual([{ name: 'Linked list (14)', value: 'topic-linked-list' }]);

    let message = await (await d.sendCommand({ name: 'quiz', options: { topic: 'topic-linked-list' }, user: alice, locale: 'en-US' })).reply();
    expect(message.flags & 64).toBe(64);
    const dealt: number[] = [];
    for (let step = 0; step < 30 && !/All done in Linked list for today/.test(JSON.stringify(message)); step++) {
      const ids = customIds(message);
      const show = ids.find((id) => id.startsWith('1:quiz-show:'));
      const rate = ids.find((id) => id.startsWith('1:quiz-rate:') && id.split(':')[5] === '3');
      if (show) {
        const title = String(message.embeds[0]?.title ?? '');
        dealt.push(Number(/^(\d+)\./.exec(title)?.[1]));
        expect(message.content).toMatch(/Topic: \*\*Linked list\*\*/);
      }
      const click = await d.clickButton({ message, customId: (rate ?? show)!, user: alice, locale: 'en-US' });
      await click.callback();
      message = d.message(message.id) ?? (await click.reply());
    }
    expect(JSON.stringify(message)).toMatch(/All done in Linked list for today/);
    expect(dealt).toHaveLength(10);
    expect(dealt.filter((number) => !LINKED_LIST.has(number))).toEqual([]);
  });
});
