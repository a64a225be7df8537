import type { CommandDefinition } from './options.ts';
import type { CommandModule } from './types.ts';

/**
 * A command whose run() reads options typed from its `as const` definition, stored as any
 * command: the adapter reads what Discord sent against that same definition (runCommand) before
 * run() sees it, so the types hold at run time.
 */
export function defineCommand<const D extends CommandDefinition>(command: CommandModule<D>): CommandModule {
  return command as unknown as CommandModule;
}
