import { unknownGuild, unknownMember, unknownUser } from '../errors.ts';
import type { RestRequest, Route } from '../http/router.ts';
import { applicationPayload, channelPayload, guildPayload, memberPayload, rolePayloads } from '../payloads.ts';
import type { GuildState } from '../world.ts';
import type { RestDeps } from './deps.ts';

/** Gateway discovery, the bot's own identity, and read-only guild lookups. */
export function metaRoutes(deps: RestDeps): Route[] {
  const { world } = deps;
  const guildOf = (request: RestRequest): GuildState => {
    const guild = world.guild(request.params['guildId'] ?? '');
    if (!guild) throw unknownGuild();
    return guild;
  };
  const ok = (body: unknown) => ({ status: 200, body });
  return [
    { method: 'GET', pattern: '/gateway', auth: 'bot', handle: () => ok({ url: deps.gatewayUrl() }) },
    {
      method: 'GET',
      pattern: '/gateway/bot',
      auth: 'bot',
      handle: () =>
        ok({
          url: deps.gatewayUrl(),
          shards: deps.recommendedShards,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        }),
    },
    { method: 'GET', pattern: '/users/@me', auth: 'bot', handle: () => ok({ ...world.botUser, verified: true, mfa_enabled: false, flags: 0 }) },
    {
      method: 'GET',
      pattern: '/users/:userId',
      auth: 'bot',
      handle: (request) => {
        const user = world.user(request.params['userId'] ?? '');
        if (!user) throw unknownUser();
        return ok(user);
      },
    },
    { method: 'GET', pattern: '/applications/@me', auth: 'bot', handle: () => ok(applicationPayload(world)) },
    { method: 'GET', pattern: '/oauth2/applications/@me', auth: 'bot', handle: () => ok(applicationPayload(world)) },
    {
      method: 'GET',
      pattern: '/guilds/:guildId',
      auth: 'bot',
      handle: (request) => {
        const guild = guildOf(request);
        const counts = request.query.get('with_counts') === 'true' ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 } : {};
        return ok({ ...guildPayload(guild, world), ...counts });
      },
    },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/channels',
      auth: 'bot',
      handle: (request) => ok(guildOf(request).channels.map((channel) => channelPayload(channel, world))),
    },
    { method: 'GET', pattern: '/guilds/:guildId/roles', auth: 'bot', handle: (request) => ok(rolePayloads(guildOf(request), world)) },
    {
      method: 'GET',
      pattern: '/guilds/:guildId/members/:userId',
      auth: 'bot',
      handle: (request) => {
        const member = guildOf(request).members.get(request.params['userId'] ?? '');
        if (!member) throw unknownMember();
        return ok(memberPayload(member));
      },
    },
  ];
}
