import type { Reply } from '../interactions/types.ts';

/** A reply as plain text for a terminal: what a member would read, in reading order. */
export function formatReplyAsText(reply: Reply): string {
  const out: string[] = [];
  if (reply.ephemeral) out.push('(only you can see this)');
  if (reply.content) out.push(reply.content);
  for (const embed of reply.embeds ?? []) {
    out.push('┌' + '─'.repeat(60));
    if (embed.title) out.push(`│ ${embed.title}${embed.url ? `  <${embed.url}>` : ''}`);
    if (embed.description) out.push(...embed.description.split('\n').map((line) => `│ ${line}`));
    for (const field of embed.fields ?? []) out.push(`│ ${field.name}: ${field.value}`);
    if (embed.image?.url) out.push(`│ [picture ${embed.image.url.replace(/^attachment:\/\//, '')}]`);
    if (embed.footer?.text) out.push(`│ — ${embed.footer.text}`);
    out.push('└' + '─'.repeat(60));
  }
  const shown = new Set((reply.embeds ?? []).map((embed) => embed.image?.url?.replace(/^attachment:\/\//, '')));
  for (const file of reply.files ?? []) if (!shown.has(file.name)) out.push(`[attachment ${file.name}]`);
  const buttons = (reply.components ?? [])
    .flatMap((row) => row.components)
    .map((c) => ('label' in c && c.label ? `[${c.label}]` : ''))
    .filter(Boolean);
  if (buttons.length > 0) out.push(buttons.join(' '));
  return out.join('\n');
}
