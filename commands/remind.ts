import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { t } from '../src/i18n.ts';
import type { BotDeps, CommandModule, ComponentInput, ComponentReply } from '../src/interactions/types.ts';
import { startQuiz } from '../src/quiz/quiz-flow.ts';
import { escapeMarkdown, truncate } from '../src/render/index.ts';
import { isValidTimeZone } from '../src/time.ts';

const zh = (cn: string, tw: string) => ({ 'zh-CN': cn, 'zh-TW': tw });
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export const definition: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'remind',
  description: 'A daily direct message when your cards are due',
  description_localizations: zh('有卡片到期时每天私信提醒你', '有卡片到期時每天私訊提醒你'),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'on',
      description: 'Remind me at this time when cards are due',
      description_localizations: zh('在这个时间提醒我复习到期的卡片', '在這個時間提醒我複習到期的卡片'),
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'time',
          description: '24-hour time, e.g. 21:30',
          description_localizations: zh('24 小时制，例如 21:30', '24 小時制，例如 21:30'),
          required: true,
          max_length: 5,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'timezone',
          description: 'IANA name, e.g. Asia/Shanghai (default: the server timezone)',
          description_localizations: zh('IANA 名称，例如 Asia/Shanghai（默认：服务器时区）', 'IANA 名稱，例如 Asia/Shanghai（預設：伺服器時區）'),
          autocomplete: true,
          max_length: 64,
        },
      ],
    },
    { type: ApplicationCommandOptionType.Subcommand, name: 'off', description: 'Stop the reminders', description_localizations: zh('关闭提醒', '關閉提醒') },
  ],
};

/** The reminder DM's button: the member's /quiz, wherever the DM is read. */
async function openQuiz(input: ComponentInput, deps: BotDeps): Promise<ComponentReply> {
  const screen = await startQuiz({ ...input, subcommand: null, options: {} }, deps);
  return { kind: 'reply', ...screen, ephemeral: true };
}

export const command: CommandModule = {
  definition,
  private: true,
  async run(input, deps) {
    const { lang } = input;
    const store = deps.stores.reminders;
    if (input.subcommand === 'off') {
      const before = await store.get(input.user.id);
      await store.update(input.user.id, (current) => current && { ...current, enabled: false, turnedOff: null });
      await store.removeMember(input.user.id);
      return { content: t(lang, before?.enabled ? 'remind.off' : 'remind.alreadyOff'), ephemeral: true };
    }
    const timeText = String(input.options.time ?? '').trim();
    const match = TIME.exec(timeText);
    if (!match) return { content: t(lang, 'remind.badTime', { value: escapeMarkdown(truncate(timeText, 20)) }), ephemeral: true };
    const time = `${match[1]!.padStart(2, '0')}:${match[2]}`;
    const zoneText = String(input.options.timezone ?? '').trim();
    if (zoneText && !isValidTimeZone(zoneText))
      return { content: t(lang, 'remind.badZone', { value: escapeMarkdown(truncate(zoneText, 64)) }), ephemeral: true };
    const zone = zoneText
      ? new Intl.DateTimeFormat('en-US', { timeZone: zoneText }).resolvedOptions().timeZone
      : await deps.stores.guildSettings.zone(input.guildId, deps.config.timezone);
    await store.update(input.user.id, () => ({
      enabled: true,
      time,
      zone,
      lang,
      activeFrom: input.now.getTime(),
      handledDay: null,
      lastSentAt: null,
      turnedOff: null,
    }));
    await store.addMember(input.user.id);
    input.logger.info({ time, zone }, 'reminder turned on');
    return { content: t(lang, 'remind.on', { time, zone }), ephemeral: true };
  },
  async autocomplete(input) {
    const typed = input.focused.value.trim().toLowerCase().replace(/\s+/g, '_');
    const zones = Intl.supportedValuesOf('timeZone');
    const ranked = [
      ...zones.filter((z) => z.toLowerCase().startsWith(typed)),
      ...zones.filter((z) => !z.toLowerCase().startsWith(typed) && z.toLowerCase().includes(typed)),
    ];
    return ranked.slice(0, 25).map((zone) => ({ name: zone, value: zone }));
  },
  components: { 'remind-quiz': openQuiz },
};
