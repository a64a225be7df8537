import {
  ApplicationCommandOptionType,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
} from 'discord.js';
import type { Logger } from 'pino';
import { langFromLocale, t, type Lang } from '../i18n.ts';
import { takeMemberNotice } from '../habits/reminders/reminder-notice.ts';
import { ComponentRoutes } from '../interactions/component-routing.ts';
import { repliesPrivately, runCommand } from '../interactions/run-command.ts';
import type { BotDeps, CommandModule, ComponentReply, OptionValue, Reply } from '../interactions/types.ts';
import { StoreUnavailableError } from '../store/key-value-store.ts';
import { NO_MENTIONS, replyPayload, updatePayload } from './reply-payload.ts';

/** Discord gives 3 s for the first answer; past this much of it, defer and finish in an edit. */
const DEFER_AFTER_MS = 1500;
/** Counted from Discord's creation time: an interaction that arrived late has less of its 3 s left. */
const DEFER_BY_AGE_MS = 2000;

type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;

export class InteractionRouter {
  private readonly commands = new Map<string, CommandModule>();
  private readonly components: ComponentRoutes;
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;

  constructor(
    commands: readonly CommandModule[],
    private readonly deps: BotDeps,
  ) {
    for (const command of commands) this.commands.set(command.definition.name, command);
    this.components = new ComponentRoutes(commands);
  }

  /** From now on new interactions are refused politely; work already running finishes. */
  beginShutdown(): void {
    this.closing = true;
  }

  /** Work still running; shutdown waits for it. */
  get pending(): Promise<void>[] {
    return [...this.inFlight];
  }

  handle(interaction: Interaction): Promise<void> {
    const work = this.dispatch(interaction).catch((error) => {
      // dispatch answers every error itself; reaching here means even the apology failed.
      this.deps.logger.error({ err: error, interactionId: interaction.id }, 'interaction failed without an answer');
    });
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  private async dispatch(interaction: Interaction): Promise<void> {
    if (this.closing) return this.refuseWhileClosing(interaction);
    if (interaction.isAutocomplete()) return this.autocomplete(interaction);
    if (interaction.isChatInputCommand()) return this.command(interaction);
    if (interaction.isButton()) return this.button(interaction);
  }

  private async refuseWhileClosing(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isRepliable()) {
      await interaction.reply(replyPayload({ content: t(langFromLocale(interaction.locale), 'error.restarting'), ephemeral: true }));
    }
  }

  private base(interaction: Interaction, logger: Logger) {
    return {
      user: { id: interaction.user.id, name: interaction.user.globalName ?? interaction.user.username },
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      lang: langFromLocale(interaction.locale),
      canManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
      now: this.deps.clock(),
      logger,
    };
  }

  private childLogger(interaction: Interaction, extra: Record<string, unknown>): Logger {
    return this.deps.logger.child({
      interactionId: interaction.id,
      guildId: interaction.guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      ...extra,
    });
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const logger = this.childLogger(interaction, { command: interaction.commandName, kind: 'autocomplete' });
    const command = this.commands.get(interaction.commandName);
    let choices: { name: string; value: string }[] = [];
    try {
      const focused = interaction.options.getFocused(true);
      const { subcommand, options } = flattenOptions(interaction.options.data);
      choices =
        (await command?.autocomplete?.(
          { ...this.base(interaction, logger), subcommand, options, focused: { name: focused.name, value: String(focused.value) } },
          this.deps,
        )) ?? [];
    } catch (error) {
      logger.error({ err: error }, 'autocomplete failed');
    }
    await interaction.respond(choices.slice(0, 25));
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<void> {
    const logger = this.childLogger(interaction, { command: interaction.commandName });
    const command = this.commands.get(interaction.commandName);
    const lang = langFromLocale(interaction.locale);
    if (!command) {
      logger.warn('unknown command');
      await interaction.reply(replyPayload({ content: t(lang, 'error.expired'), ephemeral: true }));
      return;
    }
    const { subcommand, options } = flattenOptions(interaction.options.data);
    const startedAt = Date.now();
    // The command's own work, apart from Discord's round trip: what an admin compares to `ms` to tell a slow bot from a slow Discord.
    const runStarted = performance.now();
    let handlerMs = Number.NaN;
    const work = runCommand(command, this.base(interaction, logger), { subcommand, options }, this.deps).finally(() => {
      handlerMs = performance.now() - runStarted;
    });
    const privately = repliesPrivately(command, { subcommand, options });
    let answered = false;
    await this.answer(interaction, work, privately, lang, logger, async (reply, deferred) => {
      const sent = { ...reply, ephemeral: privately || reply.ephemeral === true };
      if (!deferred) await interaction.reply(replyPayload(sent));
      else await finishDeferred(interaction, sent, privately);
      answered = true;
    });
    logger.debug({ ms: Date.now() - startedAt, handlerMs: Math.round(handlerMs * 1000) / 1000 }, 'command answered');
    // After a failed command (the store down, say) the apology has said enough.
    if (answered) await this.tellPendingNotice(interaction, lang, logger);
  }

  /** Something the member must hear about privately (reminders that turned off), after their answer. */
  private async tellPendingNotice(interaction: ChatInputCommandInteraction, lang: Lang, logger: Logger): Promise<void> {
    try {
      const notice = await takeMemberNotice(this.deps.stores, interaction.user.id, lang);
      if (notice) await interaction.followUp(replyPayload({ content: notice, ephemeral: true }));
    } catch (error) {
      logger.warn({ err: error }, 'could not deliver a pending notice; it is given next time');
    }
  }

  private async button(interaction: ButtonInteraction): Promise<void> {
    const logger = this.childLogger(interaction, { customId: interaction.customId, kind: 'button' });
    const lang = langFromLocale(interaction.locale);
    const work = this.components.click(interaction.customId, { ...this.base(interaction, logger), messageId: interaction.message.id }, this.deps);
    await this.answer(interaction, work, true, lang, logger, async (reply: ComponentReply, deferred) => {
      if (reply.kind === 'update') {
        if (deferred) await interaction.editReply(updatePayload(reply));
        else await interaction.update(updatePayload(reply));
      } else if (deferred) {
        await interaction.followUp(replyPayload(reply));
      } else {
        await interaction.reply(replyPayload(reply));
      }
    });
  }

  /**
   * Answers with the handler's reply when it comes in time, else defers first. Errors become an
   * ephemeral message: a member's mistake is explained by the handler itself, anything thrown is ours.
   */
  private async answer<R extends Reply>(
    interaction: RepliableInteraction,
    work: Promise<R>,
    privately: boolean,
    lang: Lang,
    logger: Logger,
    send: (reply: R, deferred: boolean) => Promise<void>,
  ): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const age = Date.now() - interaction.createdTimestamp;
    const deferAfter = Math.max(0, Math.min(DEFER_AFTER_MS, DEFER_BY_AGE_MS - age));
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deferAfter);
    });
    let deferred = false;
    try {
      const first = await Promise.race([work, slow]);
      if (first === 'slow') {
        deferred = true;
        if (interaction.isButton()) await interaction.deferUpdate();
        else await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
      }
      await send(await work, deferred);
    } catch (error) {
      await this.apologise(interaction, error, lang, logger);
    } finally {
      clearTimeout(timer);
    }
  }

  private async apologise(interaction: RepliableInteraction, error: unknown, lang: Lang, logger: Logger): Promise<void> {
    const unavailable = error instanceof StoreUnavailableError;
    if (unavailable) logger.warn({ err: error }, 'store unavailable during interaction');
    else logger.error({ err: error }, 'interaction handler failed');
    const payload = {
      content: t(lang, unavailable ? 'error.storeUnavailable' : 'error.internal'),
      flags: MessageFlags.Ephemeral as const,
      allowedMentions: NO_MENTIONS,
    };
    try {
      if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
      else await interaction.reply(payload);
    } catch (replyError) {
      logger.error({ err: replyError }, 'could not tell the member about the failure');
    }
  }
}

/**
 * A deferral fixes the message's visibility. A public command whose member made a mistake answers
 * privately; after a public deferral that answer replaces the "thinking" message with a follow-up.
 */
async function finishDeferred(interaction: ChatInputCommandInteraction, reply: Reply, deferredEphemeral: boolean): Promise<void> {
  if (reply.ephemeral && !deferredEphemeral) {
    await interaction.deleteReply();
    await interaction.followUp(replyPayload(reply));
    return;
  }
  const { flags: _flags, ...payload } = replyPayload(reply);
  await interaction.editReply(payload);
}

/** Subcommand name and option values, flattened: handlers read `options.query`, not nested data. */
export function flattenOptions(data: readonly CommandInteractionOption[]): { subcommand: string | null; options: Record<string, OptionValue> } {
  let subcommand: string | null = null;
  const options: Record<string, OptionValue> = {};
  const visit = (items: readonly CommandInteractionOption[]) => {
    for (const option of items) {
      if (option.type === ApplicationCommandOptionType.Subcommand || option.type === ApplicationCommandOptionType.SubcommandGroup) {
        subcommand = option.name;
        visit(option.options ?? []);
      } else if (option.value !== undefined && option.value !== null) {
        options[option.name] = option.value;
      }
    }
  };
  visit(data);
  return { subcommand, options };
}
