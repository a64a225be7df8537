import type { CommandModule } from './types.ts';

export type ComponentHandler = NonNullable<CommandModule['components']>[number];

/**
 * Buttons are routed by their custom_id: the text before the first ":" names the handler, the rest,
 * split on ":", are its arguments. The Discord adapter and the tests route through this one table.
 */
export class ComponentRoutes {
  private readonly handlers = new Map<string, ComponentHandler>();

  constructor(commands: readonly CommandModule[]) {
    for (const command of commands) {
      for (const handler of command.components ?? []) this.handlers.set(handler.prefix, handler);
    }
  }

  get prefixes(): string[] {
    return [...this.handlers.keys()];
  }

  /** The handler and its arguments, or null when no handler claims the custom_id's prefix. */
  route(customId: string): { handler: ComponentHandler; args: string[] } | null {
    const [prefix = '', ...args] = customId.split(':');
    const handler = this.handlers.get(prefix);
    return handler ? { handler, args } : null;
  }
}
