import { ApplicationCommandOptionType, ChannelType } from 'discord-api-types/v10';
import type { ChannelHealth } from '../src/health/channel-health.ts';
import { jobName, problemText } from '../src/health/messages.ts';
import { t, type Lang } from '../src/i18n.ts';
import type { BotDeps, CommandDefinition, CommandInput, Reply } from '../src/interactions/types.ts';
import { defineCommand } from '../src/interactions/define-command.ts';

type CommandInputLogger = CommandInput['logger'];
import { escapeMarkdown, fitEmbed, truncate } from '../src/render/index.ts';
import type { ChannelProblem, JobKind } from '../src/scheduling/types.ts';
import type { GuildSettings } from '../src/guilds/guild-settings.ts';
import { isValidTimeZone } from '../src/time.ts';
import type { ThreadProblem } from '../src/quiz/daily-thread.ts';

/** Manage Server, as Discord's permission bit: the default, re-checked on every use. */
const MANAGE_GUILD = String(1 << 5);
const TEXT_CHANNELS: (ChannelType.GuildText | ChannelType.GuildAnnouncement)[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];
/** Announcements also go to forums, one post per article. */
const ANNOUNCE_CHANNELS: (ChannelType.GuildText | ChannelType.GuildAnnouncement | ChannelType.GuildForum)[] = [...TEXT_CHANNELS, ChannelType.GuildForum];
const zh = (cn: string, tw: string) => ({ 'zh-CN': cn, 'zh-TW': tw });

export const definition = {
  name: 'config',
  description: 'Server settings for announcements and quizzes',
  description_localizations: zh('本服务器的公告与测验设置', '本伺服器的公告與測驗設定'),
  default_member_permissions: MANAGE_GUILD,
  contexts: [0],
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'show',
      description: 'Show the current settings',
      description_localizations: zh('显示当前设置', '顯示目前設定'),
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'announce-channel',
      description: 'Where new articles are announced',
      description_localizations: zh('新文章公告发到哪个频道', '新文章公告發到哪個頻道'),
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'A text, announcement or forum channel',
          description_localizations: zh('文字、公告或论坛频道', '文字、公告或論壇頻道'),
          required: true,
          channel_types: ANNOUNCE_CHANNELS,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'alerts-channel',
      description: 'Where I tell admins about posting and content problems (leave empty to turn off)',
      description_localizations: zh('发帖和内容问题的提醒发到哪个频道（留空则关闭）', '發文和內容問題的提醒發到哪個頻道（留空則關閉）'),
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'A text channel admins read',
          description_localizations: zh('管理员会看的文字频道', '管理員會看的文字頻道'),
          required: false,
          channel_types: TEXT_CHANNELS,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'quiz-channel',
      description: 'Where the daily LeetCode quiz is posted',
      description_localizations: zh('每日 LeetCode 测验发到哪个频道', '每日 LeetCode 測驗發到哪個頻道'),
      options: [
        {
          type: ApplicationCommandOptionType.Channel,
          name: 'channel',
          description: 'A text channel',
          description_localizations: zh('文字频道', '文字頻道'),
          required: true,
          channel_types: TEXT_CHANNELS,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'quiz-time',
      description: 'When the daily quiz is posted (HH:MM, server timezone)',
      description_localizations: zh('每日测验的发布时间（HH:MM，服务器时区）', '每日測驗的發布時間（HH:MM，伺服器時區）'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'time',
          description: '24-hour time, e.g. 09:30',
          description_localizations: zh('24 小时制，例如 09:30', '24 小時制，例如 09:30'),
          required: true,
          max_length: 5,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'timezone',
      description: 'The server timezone for quiz time, dates and streaks',
      description_localizations: zh('服务器时区（用于测验时间、日期和连续天数）', '伺服器時區（用於測驗時間、日期和連續天數）'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'zone',
          description: 'IANA name, e.g. Asia/Shanghai',
          description_localizations: zh('IANA 名称，例如 Asia/Shanghai', 'IANA 名稱，例如 Asia/Shanghai'),
          required: true,
          autocomplete: true,
          max_length: 64,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'quiz-thread',
      description: 'A discussion thread on each daily problem',
      description_localizations: zh('每道每日一题开一个讨论串', '每道每日一題開一個討論串'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'mode',
          description: 'on or off',
          description_localizations: zh('开启或关闭', '開啟或關閉'),
          required: true,
          choices: [
            { name: 'on', name_localizations: zh('开启', '開啟'), value: 'on' },
            { name: 'off', name_localizations: zh('关闭', '關閉'), value: 'off' },
          ],
        },
      ],
    },
  ],
} as const satisfies CommandDefinition;

const QUIZ_TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Discord renders `<t:…:R>` as "3 hours ago" in the reader's own language and zone. */
const when = (ms: number | null, lang: Lang) => (ms === null ? t(lang, 'show.never') : `<t:${Math.floor(ms / 1000)}:R>`);

/** Per job and channel: last post, last failure with its reason, paused or not, how many wait. */
function healthLines(health: ChannelHealth | undefined, job: JobKind, lang: Lang): string {
  if (!health || (health.lastSuccessAt === null && health.lastFailureAt === null)) return t(lang, 'show.ok');
  const lines = [t(lang, 'show.lastSuccess', { when: when(health.lastSuccessAt, lang) })];
  if (
    health.lastFailureAt !== null &&
    health.lastProblem &&
    (health.lastSuccessAt === null || health.lastFailureAt > health.lastSuccessAt || health.blockedSince !== null)
  ) {
    lines.push(`${t(lang, 'show.lastFailure', { when: when(health.lastFailureAt, lang) })}: ${problemText(lang, health.lastProblem, health.channelId, job)}`);
  }
  if (health.blockedSince !== null) lines.push(`⏸️ ${t(lang, 'show.paused')}`);
  if (health.backlog > 0) lines.push(t(lang, 'show.waiting', { count: health.backlog }));
  return lines.join('\n');
}

function threadSetting(settings: GuildSettings, problem: ThreadProblem | undefined, lang: Lang): string {
  if (settings.quizThread === false) return t(lang, 'config.quizThreadOff');
  if (!problem) return t(lang, 'config.quizThreadOn');
  const why =
    problem.reason === 'permission'
      ? t(lang, 'config.threadProblem.permission', { day: problem.day, channel: problem.channelId })
      : t(lang, 'config.threadProblem.other', { day: problem.day, reason: truncate(problem.detail, 200) });
  return `${t(lang, 'config.quizThreadOn')} ⚠️ ${why}`;
}

async function showSettings(guildId: string, lang: Lang, deps: BotDeps): Promise<Reply> {
  const threadProblem = await deps.stores.quiz.threadProblem(guildId);
  const { config } = deps;
  const settings = await deps.stores.guildSettings.get(guildId);
  const records = await deps.stores.channelHealth.all(guildId);
  const channel = (id: string | undefined, envId: string | null) =>
    id ? `<#${id}>` : envId ? t(lang, 'config.fromEnv', { value: `<#${envId}>` }) : t(lang, 'config.unset');
  const status = (job: JobKind, channelId: string | undefined | null) => {
    if (!channelId) return t(lang, 'show.noChannel');
    return healthLines(
      records.find((r) => r.job === job && r.channelId === channelId),
      job,
      lang,
    );
  };
  const announceChannel = settings.announceChannelId ?? config.announceChannelId;
  const quizChannel = settings.quizChannelId ?? config.quizChannelId;
  const problems = deps.corpus.library.problems.length;
  const embed = fitEmbed({
    title: t(lang, 'config.title'),
    color: records.some((r) => r.blockedSince !== null) ? 0xed4245 : 0x5865f2,
    fields: [
      { name: t(lang, 'config.announceChannel'), value: channel(settings.announceChannelId, config.announceChannelId), inline: true },
      { name: t(lang, 'config.quizChannel'), value: channel(settings.quizChannelId, config.quizChannelId), inline: true },
      { name: t(lang, 'show.alertsChannel'), value: settings.alertsChannelId ? `<#${settings.alertsChannelId}>` : t(lang, 'config.unset'), inline: true },
      { name: t(lang, 'config.quizTime'), value: settings.quizTime ?? t(lang, 'config.quizTimeDefault', { cron: config.quizCron }), inline: true },
      { name: t(lang, 'config.timezone'), value: settings.timezone ?? t(lang, 'config.fromEnv', { value: config.timezone }), inline: true },
      { name: t(lang, 'config.quizThread'), value: threadSetting(settings, threadProblem, lang), inline: false },
      { name: `${jobName(lang, 'announce')} · ${t(lang, 'show.health')}`, value: status('announce', announceChannel), inline: false },
      { name: `${jobName(lang, 'quiz')} · ${t(lang, 'show.health')}`, value: status('quiz', quizChannel), inline: false },
      ...(problems > 0 ? [{ name: t(lang, 'show.health'), value: t(lang, 'show.contentProblems', { count: problems }), inline: false }] : []),
    ],
  });
  return { embeds: [embed], ephemeral: true };
}

/** What the bot lacks in a channel; a failed check is logged and does not spoil the save. */
async function checkChannel(channelId: string, deps: BotDeps, logger: CommandInputLogger): Promise<ChannelProblem | null> {
  if (!deps.channelAccess) return null;
  try {
    return await deps.channelAccess.check(channelId);
  } catch (error) {
    logger.warn({ err: error, channelId }, "could not check the bot's permissions in the channel");
    return null;
  }
}

export const command = defineCommand({
  definition,
  private: true,
  async run(input, deps) {
    const { lang } = input;
    if (!input.guildId) return { content: t(lang, 'error.guildOnly'), ephemeral: true };
    // Server owners can re-open a command to everyone with overrides; the permission is checked here too.
    if (!input.canManageGuild) return { content: t(lang, 'config.needsManageGuild'), ephemeral: true };
    const store = deps.stores.guildSettings;
    const guildId = input.guildId;
    const save = async (change: Partial<GuildSettings>, what: string, value: string): Promise<Reply> => {
      await store.update(guildId, change);
      await store.markConfigured(guildId);
      input.logger.info({ change }, 'guild settings changed');
      return { content: t(lang, 'config.saved', { what, value }), ephemeral: true };
    };
    /** Setting a job's channel (again) resumes it, and says right away what the bot still lacks there. */
    const saveJobChannel = async (job: JobKind, channelId: string, change: Partial<GuildSettings>, what: string): Promise<Reply> => {
      const reply = await save(change, what, `<#${channelId}>`);
      await deps.stores.channelHealth.unblock(guildId, job, channelId);
      const problem = await checkChannel(channelId, deps, input.logger);
      return problem
        ? { ...reply, content: `${reply.content}\n${t(lang, 'config.channelProblem', { reason: problemText(lang, problem, channelId, job) })}` }
        : reply;
    };

    switch (input.subcommand) {
      case 'announce-channel':
      case 'quiz-channel': {
        const channelId = input.options.channel;
        if (!/^\d{17,20}$/.test(channelId)) return { content: t(lang, 'config.badChannel'), ephemeral: true };
        return input.subcommand === 'announce-channel'
          ? saveJobChannel('announce', channelId, { announceChannelId: channelId }, t(lang, 'config.announceChannel'))
          : saveJobChannel('quiz', channelId, { quizChannelId: channelId }, t(lang, 'config.quizChannel'));
      }
      case 'alerts-channel': {
        if (input.options.channel === undefined) {
          await store.update(guildId, { alertsChannelId: undefined });
          input.logger.info('alerts turned off');
          return { content: t(lang, 'config.alertsOff'), ephemeral: true };
        }
        const channelId = String(input.options.channel);
        if (!/^\d{17,20}$/.test(channelId)) return { content: t(lang, 'config.badChannel'), ephemeral: true };
        // Alerts are written in the language of the admin who chose where they go.
        const reply = await save({ alertsChannelId: channelId, alertsLang: lang }, t(lang, 'show.alertsChannel'), `<#${channelId}>`);
        const problem = await checkChannel(channelId, deps, input.logger);
        return problem
          ? {
              ...reply,
              content: `${reply.content}\n${t(lang, 'config.channelProblem', { reason: problemText(lang, problem, channelId, 'announce', 'alerts-channel') })}`,
            }
          : reply;
      }
      case 'quiz-time': {
        const value = input.options.time.trim();
        const match = QUIZ_TIME.exec(value);
        if (!match) return { content: t(lang, 'config.badTime', { value: escapeMarkdown(truncate(value, 20)) }), ephemeral: true };
        const normalized = `${match[1]!.padStart(2, '0')}:${match[2]}`;
        return save({ quizTime: normalized }, t(lang, 'config.quizTime'), normalized);
      }
      case 'timezone': {
        const zone = input.options.zone.trim();
        if (!zone || !isValidTimeZone(zone)) return { content: t(lang, 'config.badZone', { value: escapeMarkdown(truncate(zone, 64)) }), ephemeral: true };
        const canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        return save({ timezone: canonical }, t(lang, 'config.timezone'), canonical);
      }
      case 'quiz-thread': {
        const on = input.options.mode !== 'off';
        return save({ quizThread: on }, t(lang, 'config.quizThread'), t(lang, on ? 'config.quizThreadOn' : 'config.quizThreadOff'));
      }
      default:
        return showSettings(guildId, lang, deps);
    }
  },
  async autocomplete(input) {
    if (!input.canManageGuild) return [];
    const typed = input.focused.value.trim().toLowerCase().replace(/\s+/g, '_');
    const zones = Intl.supportedValuesOf('timeZone');
    const ranked = [
      ...zones.filter((z) => z.toLowerCase().startsWith(typed)),
      ...zones.filter((z) => !z.toLowerCase().startsWith(typed) && z.toLowerCase().includes(typed)),
    ];
    return ranked.slice(0, 25).map((zone) => ({ name: zone, value: zone }));
  },
});
