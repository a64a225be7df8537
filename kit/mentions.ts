import type { RequestRecord } from '../discord-double/index.ts';

export interface AllowedMentions {
  parse?: string[];
  users?: string[];
  roles?: string[];
  replied_user?: boolean;
}

/** One request that creates or edits a message, with what it asked Discord to ping. */
export interface MessageRequest {
  method: string;
  path: string;
  content: string;
  allowedMentions: AllowedMentions | undefined;
  status: number;
}

/** Message-carrying requests: channel posts and edits, interaction callbacks, webhook follow-ups and edits. */
export function messageRequestsOf(requests: readonly RequestRecord[]): MessageRequest[] {
  return requests.flatMap((request) => {
    if (request.method !== 'POST' && request.method !== 'PATCH') return [];
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== 'object') return [];
    const isCallback = /\/interactions\/\d+\/[^/]+\/callback$/.test(request.path);
    const isMessageRoute = isCallback || /\/messages(\/|$)|^\/webhooks\//.test(request.path);
    const data = (isCallback ? body.data : body) as Record<string, unknown> | null | undefined;
    if (!isMessageRoute || !data || !('content' in data || 'embeds' in data || 'components' in data)) return [];
    return [
      {
        method: request.method,
        path: request.path,
        content: typeof data.content === 'string' ? data.content : '',
        allowedMentions: data.allowed_mentions as AllowedMentions | undefined,
        status: request.status,
      },
    ];
  });
}

/**
 * Who Discord would notify for this content under these allowed_mentions. Without
 * allowed_mentions Discord parses every kind. Deliberately stricter than Discord: it also counts
 * mentions inside code spans, so escaping is never what keeps a reply from pinging.
 */
export function pingsOf(content: string, allowed: AllowedMentions | undefined): { everyone: boolean; users: string[]; roles: string[] } {
  const parse = new Set(allowed ? (allowed.parse ?? []) : ['everyone', 'users', 'roles']);
  const userList = new Set(allowed?.users ?? []);
  const roleList = new Set(allowed?.roles ?? []);
  const users = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1]!).filter((id) => parse.has('users') || userList.has(id));
  const roles = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1]!).filter((id) => parse.has('roles') || roleList.has(id));
  const everyone = parse.has('everyone') && /@(everyone|here)/.test(content);
  return { everyone, users, roles };
}

/** Problems with one request: allowed_mentions other than "parse nothing", or anything it would ping. */
export function mentionProblems(request: MessageRequest): string[] {
  const problems: string[] = [];
  const allowed = request.allowedMentions;
  if (!allowed || !Array.isArray(allowed.parse) || allowed.parse.length > 0)
    problems.push(`allowed_mentions.parse is ${JSON.stringify(allowed?.parse)}, not []`);
  if ((allowed?.users ?? []).length > 0 || (allowed?.roles ?? []).length > 0) problems.push(`allowed_mentions lists ${JSON.stringify(allowed)}`);
  const pings = pingsOf(request.content, allowed);
  if (pings.everyone || pings.users.length > 0 || pings.roles.length > 0) problems.push(`would ping ${JSON.stringify(pings)}`);
  return problems.map((problem) => `${request.method} ${request.path}: ${problem}`);
}
