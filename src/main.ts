import { startApp } from './app.ts';
import { formatConfigErrors, loadConfig, loadDotEnv } from './config.ts';
import { createLogger } from './logging.ts';

loadDotEnv();
const result = loadConfig(process.env, { requireToken: true });
if (!result.ok) {
  console.error(formatConfigErrors(result.errors));
  process.exit(1);
}
const { config } = result;
const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken, passwordOf(config)] });
logger.info({ store: config.storeUrlForLogs, contentDir: config.contentDir, timezone: config.timezone }, 'starting studycards');

let app: Awaited<ReturnType<typeof startApp>>;
try {
  app = await startApp({ config, logger });
} catch (error) {
  logger.fatal({ err: error }, 'could not start');
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    void app.stop().then(
      () => process.exit(0),
      (error) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}

function passwordOf(c: typeof config): string | null {
  if (c.store.kind !== 'redis' && c.store.kind !== 'postgres') return null;
  try {
    return decodeURIComponent(new URL(c.store.url).password) || null;
  } catch {
    return null;
  }
}
