import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands/index.ts';
import type { BotDeps, Reply } from '../../src/interactions/types.ts';
import { fitEmbedsTogether } from '../../src/render/index.ts';
import { buildDeps, FIXED_NOW } from '../../kit/deps.ts';
import { assertChoicesWithinLimits, assertWithinDiscordLimits } from '../../kit/discord-limits.ts';
import { CHINESE_TAG, LONG_TAG, writeHostileCorpus } from './support-hostile/hostile-corpus.ts';
import { autocompleteInvocations, hostileText, invocations } from './support-hostile/hostile-values.ts';
import { autocomplete, click, customIds, invoke, isRouted, type Actor } from '../../kit/invoke.ts';
import { ALICE, BOB, GUILD_A } from '../../kit/members.ts';

/** A fixed seed per command: a failure reproduces on every machine, and the runs differ per command. */
const seedOf = (name: string) => [...name].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) | 0, 7);

// Display names are chosen by members too (up to 32 characters) and end up on the leaderboard.
const actors: fc.Arbitrary<Actor> = fc.record({
  user: fc.record({ id: fc.constantFrom(ALICE.id, BOB.id), name: fc.oneof(fc.constantFrom(ALICE.name, BOB.name), hostileText(32, 1)) }),
  guildId: fc.constantFrom<string | null>(GUILD_A, GUILD_A, null),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  canManageGuild: fc.boolean(),
});

/**
 * Checks a reply, then presses each of its buttons as another member and as its owner, checking
 * those answers and, one level further, the buttons on the owner's answers (a /quiz rating comes
 * after "Show solution").
 */
async function checkReplyAndItsButtons(reply: Reply, actor: Actor, deps: BotDeps, depth = 2): Promise<void> {
  assertWithinDiscordLimits(reply);
  if (depth === 0) return;
  const stranger: Actor = { ...actor, user: actor.user?.id === BOB.id ? ALICE : BOB };
  for (const customId of customIds(reply)) {
    for (const clicker of [stranger, actor]) {
      expect(isRouted(customId), `the bot answers its own button ${customId}`).toBe(true);
      const answered = await click(customId, deps, clicker);
      if (clicker === actor) await checkReplyAndItsButtons(answered, actor, deps, depth - 1);
      else assertWithinDiscordLimits(answered);
    }
  }
}

const corpora: [string, () => string | undefined][] = [
  ['the fixture corpus', () => undefined],
  ['a corpus at the loader’s limits', writeHostileCorpus],
];

describe.each(corpora)('hostile option values over %s', (_label, contentDir) => {
  let deps: BotDeps;
  beforeAll(async () => {
    deps = await buildDeps({ contentDir: contentDir() });
  });

  describe.each(allCommands.map((command) => [command.definition.name, command] as const))('/%s', (name, command) => {
    // Without options only the member, server and language vary: a few dozen runs cover them.
    const runs = (command.definition.options ?? []).length > 0 ? 200 : 40;

    it('answers every value Discord can deliver within Discord’s limits, and so do its buttons', async () => {
      await fc.assert(
        fc.asyncProperty(invocations(command.definition, true), actors, async (invocation, actor) => {
          const reply = await invoke(name, deps, invocation, actor);
          await checkReplyAndItsButtons(reply, actor, deps);
        }),
        { numRuns: runs, seed: seedOf(name) },
      );
    });

    it('answers forged values (past lengths, bounds and choices, missing or unknown options) without throwing', async () => {
      await fc.assert(
        fc.asyncProperty(invocations(command.definition, false), actors, async (invocation, actor) => {
          assertWithinDiscordLimits(await invoke(name, deps, invocation, actor));
        }),
        { numRuns: runs / 2, seed: seedOf(name) + 1 },
      );
    });

    const typed = autocompleteInvocations(command.definition);
    if (typed) {
      it('autocompletes whatever was typed within the choice limits, and every choice it offers works', async () => {
        await fc.assert(
          fc.asyncProperty(typed, actors, async (invocation, actor) => {
            const choices = await autocomplete(name, deps, invocation, actor);
            assertChoicesWithinLimits(choices);
            for (const choice of choices.slice(0, 3)) {
              const reply = await invoke(
                name,
                deps,
                { subcommand: invocation.subcommand, options: { ...invocation.options, [invocation.focused.name]: choice.value } },
                actor,
              );
              assertWithinDiscordLimits(reply);
            }
          }),
          { numRuns: 200, seed: seedOf(name) + 2 },
        );
      });
    }
  });
});

describe('edges of the corpus the generated values rarely reach', () => {
  let deps: BotDeps;
  beforeAll(async () => {
    deps = await buildDeps({ contentDir: writeHostileCorpus() });
  });

  it('keeps "did you mean" within 2000 characters when the suggested titles are far longer', async () => {
    // The tag filter leaves nothing to find, so the reply falls back to suggestions by title.
    for (const query of ['hostlie alais', 'everyone', '标题标题标题']) {
      const reply = await invoke('search', deps, { options: { query, tag: 'leetcode-only-plain' } });
      expect(reply.content).toMatch(/你是不是要找/);
      assertWithinDiscordLimits(reply);
    }
  });

  it('keeps the tag through "Another one" whatever the tag’s length once encoded', async () => {
    for (const tag of [CHINESE_TAG, LONG_TAG]) {
      const first = await invoke('random', deps, { options: { tag } }, { user: ALICE, guildId: GUILD_A });
      assertWithinDiscordLimits(first);
      let screen: Reply = first;
      for (let i = 0; i < 4; i++) {
        const another = customIds(screen).find((id) => id.startsWith('1:random:'));
        expect(another, tag).toBeDefined();
        const next = await click(another!, deps, { user: ALICE, guildId: GUILD_A })!;
        assertWithinDiscordLimits(next);
        expect(next.kind, `${tag}: ${next.content ?? ''}`).toBe('update');
        const shownTitle = next.embeds?.[0]?.title ?? '';
        const shown = deps.corpus.library.visible(FIXED_NOW).find((a) => a.title.startsWith(shownTitle.replace(/…$/, '')));
        expect(shown?.tags, shownTitle).toContain(tag);
        screen = next;
      }
    }
  });
});

describe('fitEmbedsTogether, which replies with several embeds rely on', () => {
  it('brings any embeds within every embed limit and their shared 6000 characters, keeping what already fits', () => {
    const text = (max: number) =>
      fc.oneof(
        hostileText(max),
        fc.integer({ min: 0, max }).map((n) => '注'.repeat(n)),
      );
    const embed = fc.record(
      {
        title: text(400).map((t) => (t.trim() ? t : 'x')),
        description: text(6000),
        fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30, size: 'max' }),
        footer: text(2500).map((t) => ({ text: t.trim() ? t : 'x' })),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(fc.array(embed, { minLength: 1, maxLength: 12 }), (embeds) => {
        const fitted = fitEmbedsTogether(embeds);
        assertWithinDiscordLimits({ embeds: fitted.length > 0 ? fitted : undefined, content: fitted.length > 0 ? undefined : 'x' });
        const small = embeds.slice(0, 10).map((e) => ({ title: e.title.slice(0, 50) || 'x' }));
        expect(fitEmbedsTogether(small)).toEqual(small);
      }),
      { numRuns: 200, seed: 6000 },
    );
  });
});
