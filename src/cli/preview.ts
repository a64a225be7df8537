/**
 * `npm run preview -- search 滑动窗口` (or card, latest, random, tags, help …): runs a command against
 * the local corpus without Discord and prints the reply as text, so authors see what members will.
 * Options: the first words fill the command's first required option; `--name=value` sets any option;
 * `--images=DIR` writes the pictures the reply would attach (formula PNGs) into DIR.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { allCommands } from '../../commands/index.ts';
import { loadConfigOrExit } from '../config.ts';
import { CorpusService } from '../corpus/corpus-service.ts';
import { langFromLocale } from '../i18n.ts';
import type { BotDeps, OptionValue, Reply } from '../interactions/types.ts';
import { createLogger } from '../logging.ts';
import { KeyValueStore } from '../store/key-value-store.ts';
import { createStores } from '../stores.ts';
import { readVersion } from '../version.ts';
import { FormulaImages } from '../render/formula-images/index.ts';
import { formatReplyAsText } from './reply-text.ts';

const [name, ...rest] = process.argv.slice(2);
const command = allCommands.find((c) => c.definition.name === name);
if (!command) {
  console.error(
    `Usage: npm run preview -- <command> [text] [--option=value] [--locale=zh-CN]\nCommands: ${allCommands.map((c) => c.definition.name).join(', ')}`,
  );
  process.exit(1);
}
const config = loadConfigOrExit({ requireToken: false }, { STORE_URL: 'memory://' });
const logger = createLogger({ level: 'warn', secrets: [], pretty: false });
const corpus = new CorpusService(config.contentDir, { timezone: config.timezone, siteUrl: config.siteUrl }, logger);
await corpus.reload();
const deps: BotDeps = {
  config,
  logger,
  corpus,
  stores: createStores(await KeyValueStore.open({ kind: 'memory' }, logger)),
  clock: () => new Date(),
  random: Math.random,
  version: readVersion(),
  formulas: new FormulaImages({ cacheDir: config.formulaCacheDir, logger }),
};

const options: Record<string, OptionValue> = {};
const words: string[] = [];
let locale = 'zh-CN';
let imagesDir: string | null = null;
for (const arg of rest) {
  const flag = /^--([\w-]+)=(.*)$/s.exec(arg);
  if (!flag) words.push(arg);
  else if (flag[1] === 'locale') locale = flag[2]!;
  else if (flag[1] === 'images') imagesDir = flag[2]!;
  else options[flag[1]!] = /^-?\d+$/.test(flag[2]!) ? Number(flag[2]) : flag[2] === 'true' ? true : flag[2] === 'false' ? false : flag[2]!;
}
const firstOption = command.definition.options?.find((o) => 'required' in o && o.required && o.type !== 1);
if (words.length > 0 && firstOption) options[firstOption.name] = words.join(' ');
const reply: Reply = await command.run(
  {
    user: { id: '0', name: 'preview' },
    guildId: null,
    channelId: null,
    lang: langFromLocale(locale),
    canManageGuild: false,
    now: new Date(),
    logger,
    subcommand: null,
    options,
  },
  deps,
);
console.log(formatReplyAsText(reply));
if (imagesDir !== null) {
  await mkdir(imagesDir, { recursive: true });
  for (const file of reply.files ?? []) {
    const target = path.join(imagesDir, file.name);
    await writeFile(target, file.data);
    console.log(`wrote ${target}`);
  }
  if ((reply.files ?? []).length === 0) console.log('(the reply attaches no pictures)');
}
