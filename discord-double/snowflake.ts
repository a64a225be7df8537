const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * Real-looking Discord ids: timestamp in the high bits, so ids sort by creation time and
 * discord.js' `createdTimestamp` getters return sensible dates.
 */
export class SnowflakeGenerator {
  private increment = 0n;
  private lastTimestamp = 0n;

  next(at: number = Date.now()): string {
    let timestamp = BigInt(at) - DISCORD_EPOCH_MS;
    // Ids made in the same millisecond must still increase; never go backwards if the clock does.
    if (timestamp < this.lastTimestamp) timestamp = this.lastTimestamp;
    if (timestamp === this.lastTimestamp) {
      this.increment += 1n;
      if (this.increment > 0xfffn) {
        timestamp += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastTimestamp = timestamp;
    return ((timestamp << 22n) | (1n << 17n) | (1n << 12n) | this.increment).toString();
  }
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}

/** Which shard Discord routes a guild's events to. */
export function shardOfGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
