import { t } from '../i18n.ts';
import { readInvocation, type RawInvocation } from './options.ts';
import type { BotDeps, CommandInput, CommandModule, Reply } from './types.ts';

type InputBase = Omit<CommandInput, 'subcommand' | 'options'>;

/**
 * Runs a command on what Discord sent, read against the command's definition first. Input that
 * does not fit it (a definition changed since Discord was told, or a forged request) is answered
 * privately without running the command. The adapter and the test kit both call this.
 */
export function runCommand(command: CommandModule, base: InputBase, raw: RawInvocation, deps: BotDeps): Promise<Reply> {
  const invocation = readInvocation(command.definition, raw) as RawInvocation | null;
  if (!invocation) {
    base.logger.warn({ command: command.definition.name, subcommand: raw.subcommand }, 'options do not match the command definition');
    return Promise.resolve({ content: t(base.lang, 'error.outdatedCommand'), ephemeral: true });
  }
  return command.run({ ...base, ...invocation }, deps);
}

/** Whether a command answers privately for these options (the deferral must match). */
export function repliesPrivately(command: CommandModule, raw: RawInvocation): boolean {
  if (typeof command.private !== 'function') return command.private === true;
  const invocation = readInvocation(command.definition, raw) as RawInvocation | null;
  return invocation ? command.private(invocation.options) : true;
}
