/** A Discord-shaped 4xx/5xx answer. Handlers throw it; the HTTP layer turns it into the response. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${String(body['message'] ?? '')}`);
  }
}

const coded = (status: number, code: number, message: string) => new DiscordHttpError(status, { message, code });

export const unauthorized = () => coded(401, 0, '401: Unauthorized');
export const routeNotFound = () => coded(404, 0, '404: Not Found');
export const methodNotAllowed = () => coded(405, 0, '405: Method Not Allowed');
export const invalidJson = () => coded(400, 50109, 'The request body contains invalid JSON.');
export const unknownChannel = () => coded(404, 10003, 'Unknown Channel');
export const unknownGuild = () => coded(404, 10004, 'Unknown Guild');
export const unknownMember = () => coded(404, 10007, 'Unknown Member');
export const unknownMessage = () => coded(404, 10008, 'Unknown Message');
export const unknownUser = () => coded(404, 10013, 'Unknown User');
export const unknownWebhook = () => coded(404, 10015, 'Unknown Webhook');
export const unknownCommand = () => coded(404, 10063, 'Unknown application command');
export const unknownInteraction = () => coded(404, 10062, 'Unknown interaction');
export const invalidWebhookToken = () => coded(401, 50027, 'Invalid Webhook Token');
export const alreadyAcknowledged = () => coded(400, 40060, 'Interaction has already been acknowledged.');
export const missingAccess = () => coded(403, 50001, 'Missing Access');
export const missingPermissions = () => coded(403, 50013, 'Missing Permissions');
export const emptyMessage = () => coded(400, 50006, 'Cannot send an empty message');
export const nonTextChannel = () => coded(400, 50008, 'Cannot send messages in a non-text channel');
export const notAnnouncementChannel = () => coded(400, 50068, 'Invalid message type');
export const alreadyCrossposted = () => coded(400, 40033, 'This message has already been crossposted.');
export const notAForum = () => coded(400, 50024, 'Cannot execute action on this channel type');
export const cannotMessageUser = () => coded(403, 50007, 'Cannot send messages to this user');
export const entityTooLarge = () => coded(413, 40005, 'Request entity too large');
export const notAuthor = () => coded(403, 50005, 'Cannot edit a message authored by another user');

/** One field problem, keyed by a path like `embeds.0.title`. */
export interface FieldProblem {
  path: string;
  code: string;
  message: string;
}

/** Discord's 50035 body: errors nested along the field path, each leaf `{ _errors: [...] }`. */
export function invalidFormBody(problems: FieldProblem[]): DiscordHttpError {
  const errors: Record<string, unknown> = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path.split('.')) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    const list = (node['_errors'] ??= []) as unknown[];
    list.push({ code: problem.code, message: problem.message });
  }
  return new DiscordHttpError(400, { message: 'Invalid Form Body', code: 50035, errors });
}

/** Default bodies for injected faults, so tests only name a status. */
export function defaultFaultBody(status: number): Record<string, unknown> {
  switch (status) {
    case 401:
      return { message: '401: Unauthorized', code: 0 };
    case 403:
      return { message: 'Missing Permissions', code: 50013 };
    case 404:
      return { message: '404: Not Found', code: 0 };
    case 429:
      return { message: 'You are being rate limited.', retry_after: 1, global: false };
    default:
      return { message: `${status}: ${status >= 500 ? 'Internal Server Error' : 'Error'}`, code: 0 };
  }
}
