import { t } from '../i18n.ts';
import { decodeButtonId, type ButtonId, type ButtonKind } from './custom-ids.ts';
import type { BotDeps, CommandModule, ComponentInput, ComponentReply } from './types.ts';

type AnyHandler = (input: ComponentInput, deps: BotDeps) => Promise<ComponentReply>;

/**
 * Buttons are routed by the kind their custom_id decodes to. The Discord adapter and the tests
 * route through this one table.
 */
export class ComponentRoutes {
  private readonly handlers = new Map<ButtonKind, AnyHandler>();

  constructor(commands: readonly CommandModule[]) {
    for (const command of commands) {
      for (const [kind, handler] of Object.entries(command.components ?? {}) as [ButtonKind, AnyHandler][]) {
        if (this.handlers.has(kind)) throw new Error(`two commands answer "${kind}" buttons`);
        this.handlers.set(kind, handler);
      }
    }
  }

  get kinds(): ButtonKind[] {
    return [...this.handlers.keys()];
  }

  /** The decoded button and its handler, or null when the custom_id is not one of ours any more. */
  route(customId: string): { button: ButtonId; handle: AnyHandler } | null {
    const button = decodeButtonId(customId);
    const handle = button ? this.handlers.get(button.kind) : undefined;
    return button && handle ? { button, handle } : null;
  }

  /** The handler's answer, or "this button no longer works" for an id nothing answers. */
  click(customId: string, base: Omit<ComponentInput, 'button'>, deps: BotDeps): Promise<ComponentReply> {
    const route = this.route(customId);
    if (!route) {
      base.logger.warn({ customId }, 'button with an unknown custom_id');
      return Promise.resolve({ kind: 'reply', content: t(base.lang, 'error.expired'), ephemeral: true });
    }
    return route.handle({ ...base, button: route.button }, deps);
  }
}
