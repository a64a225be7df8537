import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, type ClientOptions, type Interaction } from 'discord.js';
import type { DiscordDouble } from './index.ts';

const HANDLER_ERROR = 'testHandlerError';

/**
 * Logs a real discord.js client in to the double and waits for `clientReady`. `onInteraction` plays
 * the bot's handler; its rejections are re-emitted so tests can assert on them (see nextHandlerError).
 * The caller owns the client and must `destroy()` it before closing the double.
 */
export async function loginTestClient(
  double: DiscordDouble,
  onInteraction?: (interaction: Interaction) => Promise<unknown>,
  extra: Partial<ClientOptions> = {},
): Promise<Client<true>> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: double.apiBase }, ...extra });
  if (onInteraction) {
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => client.emit(HANDLER_ERROR as never, error as never));
    });
  }
  const ready = once(client, Events.ClientReady);
  try {
    await client.login(double.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  return client as Client<true>;
}

/** Resolves with the next error thrown by the `onInteraction` handler given to loginTestClient. */
export function nextHandlerError(client: Client): Promise<unknown> {
  return once(client, HANDLER_ERROR).then(([error]) => error);
}
