/**
 * The bot for bench/load.ts, in a process of its own so its memory is measured without the
 * double's: started like src/main.ts (startApp), plus IPC to report memory and force a GC.
 * Messages in: { type: 'memory', gc: boolean } and { type: 'stop' }.
 * Messages out: { type: 'ready' }, { type: 'memory', usage, cpu }, { type: 'failed', error }.
 */
import { startApp } from '../src/app.ts';
import { formatConfigErrors, loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logging.ts';

type Request = { type: 'memory'; gc: boolean } | { type: 'stop' };

const send = (message: unknown) => process.send?.(message);
const result = loadConfig(process.env, { requireToken: true });
if (!result.ok) {
  send({ type: 'failed', error: formatConfigErrors(result.errors) });
  process.exit(1);
}
const { config } = result;
const logger = createLogger({ level: config.logLevel, secrets: [config.discordToken], pretty: false });
const app = await startApp({ config, logger });
send({ type: 'ready' });

process.on('message', (message: Request) => {
  if (message.type === 'memory') {
    if (message.gc) {
      // Twice: the first pass can leave objects only the second finds unreachable (weak refs, finalizers).
      globalThis.gc?.();
      globalThis.gc?.();
    }
    send({ type: 'memory', usage: process.memoryUsage(), cpu: process.cpuUsage(), gcAvailable: typeof globalThis.gc === 'function' });
  } else if (message.type === 'stop') {
    void app.stop().then(() => process.exit(0));
  }
});
