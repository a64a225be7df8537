/** `npm run deploy-commands`: registers the slash commands now, whatever the stored hash says. */
import { allCommands } from '../../commands/index.ts';
import { loadConfigOrExit } from '../config.ts';
import { createRest, definitionsHash, fetchApplicationId, putCommands, RegistrationRecord } from '../discord/command-registration.ts';
import { KeyValueStore } from '../store/key-value-store.ts';
import { createLogger } from '../logging.ts';

const config = loadConfigOrExit({ requireToken: true });
const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken] });
try {
  const rest = createRest(config.discordToken!, config.discordApiBase);
  const target = { applicationId: await fetchApplicationId(rest), guildId: config.discordGuildId };
  await putCommands(rest, target, allCommands);
  // Record the hash so the next start does not register the same definitions again.
  const kv = await KeyValueStore.open(config.store, logger);
  await new RegistrationRecord(kv).set(`${target.applicationId}:${target.guildId ?? 'global'}`, definitionsHash(allCommands));
  await kv.close();
  console.log(`Registered ${allCommands.length} commands ${target.guildId ? `in guild ${target.guildId}` : 'globally'}.`);
} catch (error) {
  logger.error({ err: error }, 'command registration failed');
  process.exit(1);
}
