import type { Logger } from 'pino';
import type { GuildSettings, GuildSettingsStore } from '../guilds/guild-settings.ts';
import type { ChannelTarget, JobKind, TargetDirectory } from './types.ts';

export interface EnvChannels {
  announceChannelId: string | null;
  quizChannelId: string | null;
}

/**
 * A guild's /config choice wins; the env channel serves the guild that holds it until then. The env
 * channel's guild is looked up once through Discord and remembered.
 */
export class ConfiguredTargets implements TargetDirectory {
  private readonly envGuild = new Map<string, string | null>();

  constructor(
    private readonly settings: GuildSettingsStore,
    private readonly env: EnvChannels,
    private readonly channelGuild: (channelId: string) => Promise<string | null>,
    private readonly logger: Logger,
  ) {}

  async targets(kind: JobKind): Promise<ChannelTarget[]> {
    const field: keyof GuildSettings = kind === 'announce' ? 'announceChannelId' : 'quizChannelId';
    const envChannel = kind === 'announce' ? this.env.announceChannelId : this.env.quizChannelId;
    const result = new Map<string, string>();
    for (const guildId of await this.settings.configuredGuilds()) {
      const channelId = (await this.settings.get(guildId))[field];
      if (channelId) result.set(guildId, channelId);
    }
    if (envChannel) {
      const guildId = await this.resolveEnvGuild(envChannel, kind);
      if (guildId && !result.has(guildId)) result.set(guildId, envChannel);
    }
    return [...result].map(([guildId, channelId]) => ({ guildId, channelId }));
  }

  private async resolveEnvGuild(channelId: string, kind: JobKind): Promise<string | null> {
    if (this.envGuild.has(channelId)) return this.envGuild.get(channelId)!;
    const guildId = await this.channelGuild(channelId);
    // Unknown channels are asked about again next tick: the bot may be invited later.
    if (guildId) this.envGuild.set(channelId, guildId);
    else this.logger.warn({ channelId, job: kind }, 'the configured channel is not visible to the bot');
    return guildId;
  }
}
