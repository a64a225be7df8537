import { missingAccess, unknownCommand, unknownGuild } from '../errors.ts';
import type { RestRequest, Route } from '../http/router.ts';
import type { RestDeps } from './deps.ts';

/** Application command registration, global and per guild. */
export function commandRoutes(deps: RestDeps): Route[] {
  const { world, commands } = deps;
  /** The guild scope of the route (undefined for global), after checking app and guild exist. */
  const scope = (request: RestRequest): string | undefined => {
    // Another application's commands are off limits to this bot's token.
    if (request.params['applicationId'] !== world.applicationId) throw missingAccess();
    const guildId = request.params['guildId'];
    if (guildId !== undefined && !world.guild(guildId)) throw unknownGuild();
    return guildId;
  };
  const routes: Route[] = [];
  for (const base of ['/applications/:applicationId/commands', '/applications/:applicationId/guilds/:guildId/commands']) {
    routes.push(
      { method: 'GET', pattern: base, auth: 'bot', handle: (request) => ({ status: 200, body: commands.list(scope(request)) }) },
      { method: 'PUT', pattern: base, auth: 'bot', handle: (request) => ({ status: 200, body: commands.overwrite(scope(request), request.body) }) },
      {
        method: 'POST',
        pattern: base,
        auth: 'bot',
        handle: (request) => {
          const { command, created } = commands.upsert(scope(request), request.body);
          return { status: created ? 201 : 200, body: command };
        },
      },
      {
        method: 'GET',
        pattern: `${base}/:commandId`,
        auth: 'bot',
        handle: (request) => {
          const command = commands.get(scope(request), request.params['commandId'] ?? '');
          if (!command) throw unknownCommand();
          return { status: 200, body: command };
        },
      },
      {
        method: 'DELETE',
        pattern: `${base}/:commandId`,
        auth: 'bot',
        handle: (request) => {
          if (!commands.remove(scope(request), request.params['commandId'] ?? '')) throw unknownCommand();
          return { status: 204 };
        },
      },
    );
  }
  return routes;
}
