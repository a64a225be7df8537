import { describe, expect, it } from 'vitest';
import { command as config } from '../../commands/config.ts';
import { buildDeps } from '../../kit/deps.ts';
import { commandInput } from '../../kit/invoke.ts';
import { GUILD_A, GUILD_B } from '../../kit/members.ts';

const CHANNEL = '300000000000000009';

describe('/config', () => {
  it('needs Manage Server by default and re-checks it on every use', async () => {
    const deps = await buildDeps();
    expect(config.definition.default_member_permissions).toBe('32');
    const reply = await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'announce-channel' }, { canManageGuild: false }), deps);
    expect(reply).toMatchObject({ ephemeral: true });
    expect(await deps.stores.guildSettings.get(GUILD_A)).toEqual({});
  });

  it('sets channels, quiz time and timezone per guild, and shows them', async () => {
    const deps = await buildDeps();
    const admin = { canManageGuild: true, guildId: GUILD_A, lang: 'en' as const };
    await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'announce-channel' }, admin), deps);
    await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'quiz-channel' }, admin), deps);
    await config.run(commandInput({ options: { time: '9:05' }, subcommand: 'quiz-time' }, admin), deps);
    await config.run(commandInput({ options: { zone: 'asia/shanghai' }, subcommand: 'timezone' }, admin), deps);
    expect(await deps.stores.guildSettings.get(GUILD_A)).toEqual({
      announceChannelId: CHANNEL,
      quizChannelId: CHANNEL,
      quizTime: '09:05',
      timezone: 'Asia/Shanghai',
    });
    expect(await deps.stores.guildSettings.get(GUILD_B)).toEqual({});
    expect(await deps.stores.guildSettings.configuredGuilds()).toEqual([GUILD_A]);
    const shown = await config.run(commandInput({ options: {}, subcommand: 'show' }, admin), deps);
    expect(JSON.stringify(shown)).toContain(`<#${CHANNEL}>`);
    expect(JSON.stringify(shown)).toContain('09:05');
  });

  it.each([
    ['quiz-time', { time: '25:00' }],
    ['quiz-time', { time: 'noon' }],
    ['timezone', { zone: 'Mars/Olympus' }],
    ['announce-channel', { channel: 'general' }],
  ])('refuses an invalid %s and changes nothing', async (subcommand, options) => {
    const deps = await buildDeps();
    const reply = await config.run(commandInput({ options, subcommand }, { canManageGuild: true }), deps);
    expect(reply.ephemeral).toBe(true);
    expect(await deps.stores.guildSettings.get(GUILD_A)).toEqual({});
  });

  it('autocompletes timezones, at most 25', async () => {
    const deps = await buildDeps();
    const choices = await config.autocomplete!({ ...commandInput({}, { canManageGuild: true }), focused: { name: 'zone', value: 'asia/sh' } }, deps);
    expect(choices.map((c) => c.value)).toContain('Asia/Shanghai');
    const all = await config.autocomplete!({ ...commandInput({}, { canManageGuild: true }), focused: { name: 'zone', value: '' } }, deps);
    expect(all).toHaveLength(25);
  });

  it('refuses outside a server', async () => {
    const reply = await config.run(commandInput({ subcommand: 'show' }, { guildId: null, canManageGuild: true }), await buildDeps());
    expect(reply.ephemeral).toBe(true);
  });

  it("sets the alerts channel in the admin's language, turns it off without one, and reports what the bot lacks", async () => {
    const deps = await buildDeps();
    const checked: string[] = [];
    deps.channelAccess = {
      async check(channelId) {
        checked.push(channelId);
        return { kind: 'missing-permissions', missing: ['SendMessages'] };
      },
    };
    const admin = { canManageGuild: true, guildId: GUILD_A, lang: 'en' as const };
    const saved = await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'alerts-channel' }, admin), deps);
    expect(saved.content).toContain(`Saved, but I need *Send Messages* in <#${CHANNEL}>.`);
    expect(checked).toEqual([CHANNEL]);
    expect(await deps.stores.guildSettings.get(GUILD_A)).toMatchObject({ alertsChannelId: CHANNEL, alertsLang: 'en' });
    const off = await config.run(commandInput({ options: {}, subcommand: 'alerts-channel' }, admin), deps);
    expect(off.content).toMatch(/Alerts are off/);
    expect((await deps.stores.guildSettings.get(GUILD_A)).alertsChannelId).toBeUndefined();
  });

  it('shows per job the last post, the last failure in words an admin can act on, and a pause', async () => {
    const deps = await buildDeps();
    const admin = { canManageGuild: true, guildId: GUILD_A, lang: 'zh' as const };
    await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'announce-channel' }, admin), deps);
    await deps.stores.channelHealth.update(GUILD_A, 'announce', CHANNEL, (health) => {
      health.lastSuccessAt = Date.parse('2026-11-01T00:00:00Z');
      health.lastFailureAt = Date.parse('2026-11-02T00:00:00Z');
      health.lastProblem = { kind: 'missing-permissions', missing: ['SendMessages', 'EmbedLinks'] };
      health.blockedSince = health.lastFailureAt;
      health.backlog = 3;
    });
    const shown = JSON.stringify(await config.run(commandInput({ options: {}, subcommand: 'show' }, admin), deps));
    expect(shown).toContain(`<t:${Date.parse('2026-11-01T00:00:00Z') / 1000}:R>`);
    expect(shown).toContain(`我需要在 <#${CHANNEL}> 拥有*发送消息*和*嵌入链接*权限。`);
    expect(shown).toContain('已暂停');
    expect(shown).toContain('3 条等待中');
    // Setting the channel again resumes it.
    await config.run(commandInput({ options: { channel: CHANNEL }, subcommand: 'announce-channel' }, admin), deps);
    expect((await deps.stores.channelHealth.get(GUILD_A, 'announce', CHANNEL)).blockedSince).toBeNull();
  });
});
