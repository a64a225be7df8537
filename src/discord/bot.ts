import { Client, Events, GatewayIntentBits, Status } from 'discord.js';
import type { BotDeps, CommandModule } from '../interactions/types.ts';
import { registerIfChanged } from './command-registration.ts';
import { InteractionRouter } from './interaction-router.ts';
import { NO_MENTIONS } from './reply-payload.ts';

export interface DiscordBot {
  client: Client;
  router: InteractionRouter;
  /** Gateway connected and ready. */
  isReady(): boolean;
  /** Stops taking interactions and waits up to `graceMs` for those in flight. */
  drain(graceMs: number): Promise<void>;
  stop(): Promise<void>;
}

/** How long a shutdown waits for the gateway to acknowledge the close. */
const GATEWAY_CLOSE_WAIT_MS = 2000;

/**
 * The only place that runs discord.js: logs in, registers commands when they changed, routes
 * interactions. Guilds is the only intent: slash commands and buttons need nothing privileged.
 */
export async function startDiscordBot(deps: BotDeps, commands: readonly CommandModule[]): Promise<DiscordBot> {
  const { config, logger } = deps;
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is required to run the bot (see README)');
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(config.discordApiBase ? { api: config.discordApiBase } : {}),
      // Publishing is limited to 10 posts an hour per channel: waiting that out would stall a whole
      // tick, so a limited publish fails at once and the post stays unpublished.
      rejectOnRateLimit: (limit) => limit.url.endsWith('/crosspost'),
    },
  });
  const router = new InteractionRouter(commands, deps);
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId) => logger.info({ shardId }, 'gateway resumed'));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(config.discordToken);
  await ready;
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'logged in to Discord');

  const applicationId = client.application?.id ?? client.user!.id;
  try {
    await registerIfChanged(client.rest, { applicationId, guildId: config.discordGuildId }, commands, deps.stores.registration, logger);
  } catch (error) {
    // The commands Discord already has keep working; the next start tries again.
    logger.error({ err: error }, 'slash command registration failed');
  }

  let drained = false;
  return {
    client,
    router,
    isReady: () => client.isReady() && client.ws.status === Status.Ready,
    async drain(graceMs) {
      drained = true;
      router.beginShutdown();
      await settleWithin(router.pending, graceMs);
    },
    async stop() {
      // After a drain the grace is spent: work still running then is not waited for twice.
      if (!drained) await settleWithin(router.pending, 5000);
      // discord.js waits for the gateway to finish the WebSocket close handshake, and ws allows it
      // 30 s to (its close timeout): a gateway, or anything between it and us, that never closes its
      // side of the TCP connection would hold the whole shutdown that long. The close frame is sent
      // at once, so Discord knows we left; waiting longer for its acknowledgement gains nothing.
      const destroyed = client.destroy().then(() => true);
      if (!(await Promise.race([destroyed, new Promise<false>((resolve) => setTimeout(resolve, GATEWAY_CLOSE_WAIT_MS, false).unref())]))) {
        logger.warn({ waitedMs: GATEWAY_CLOSE_WAIT_MS }, 'the gateway did not acknowledge the close in time; leaving without it');
      }
    },
  };
}

/** Waits for the promises, but never longer than `ms`: a hung handler must not block a shutdown. */
export async function settleWithin(promises: readonly Promise<unknown>[], ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.allSettled(promises), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}
