/** Buttons of a reply (from a command) or of a message (from the Discord double), without any of the bot's code. */

/** Every button on a reply or a posted message, with its label. */
export function buttons(message: { components?: unknown[] }): { label: string; customId: string }[] {
  const found: { label: string; customId: string }[] = [];
  for (const row of (message.components ?? []) as { components?: { custom_id?: unknown; label?: unknown }[] }[]) {
    for (const component of row.components ?? []) {
      if (typeof component.custom_id === 'string') found.push({ label: String(component.label ?? ''), customId: component.custom_id });
    }
  }
  return found;
}

/** Every custom_id on a reply's or a message's buttons. */
export function customIds(message: { components?: unknown[] }): string[] {
  return buttons(message).map((button) => button.customId);
}
