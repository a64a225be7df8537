import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { isMessageKey, t, type Lang } from '../src/i18n.ts';
import type { CommandDefinition, CommandModule } from '../src/interactions/types.ts';
import { fitEmbed } from '../src/render/index.ts';

export const definition = {
  name: 'help',
  description: 'What each command does',
  description_localizations: { 'zh-CN': '每个命令的用法', 'zh-TW': '每個命令的用法' },
} as const satisfies CommandDefinition;

const SUBCOMMANDS: readonly ApplicationCommandOptionType[] = [ApplicationCommandOptionType.Subcommand, ApplicationCommandOptionType.SubcommandGroup];

/** `/search query [tag]`: required options bare, optional ones in brackets, subcommands as "…". */
export function usage(definition: CommandDefinition): string {
  const options = definition.options ?? [];
  if (options.some((option) => SUBCOMMANDS.includes(option.type))) return `/${definition.name} …`;
  return [`/${definition.name}`, ...options.map((option) => ('required' in option && option.required ? option.name : `[${option.name}]`))].join(' ');
}

/** The catalog's line for a command, else the description it is registered with. */
function summary(definition: CommandDefinition, lang: Lang): string {
  const key = `help.command.${definition.name}`;
  if (isMessageKey(key)) return t(lang, key);
  return (lang === 'zh' ? definition.description_localizations?.['zh-CN'] : undefined) ?? definition.description;
}

/** /help, generated from the registered commands (`listed`, read when it runs) and the catalog. */
export function helpCommand(listed: () => readonly CommandModule[]): CommandModule {
  return {
    definition,
    private: true,
    async run(input, deps) {
      const others = listed().filter((command) => command.definition.name !== definition.name);
      const embed = fitEmbed({
        title: t(input.lang, 'help.title'),
        description: t(input.lang, 'help.intro'),
        color: 0x5865f2,
        fields: others.map((command) => ({ name: usage(command.definition), value: summary(command.definition, input.lang) })),
        footer: { text: t(input.lang, 'help.version', { version: deps.version }) },
      });
      return { embeds: [embed], ephemeral: true };
    },
  };
}
