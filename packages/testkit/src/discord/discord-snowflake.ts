const DISCORD_EPOCH = 1_420_070_400_000n;
let sequence = 0n;

/** A fresh Discord snowflake id: a timestamp since Discord's epoch and a counter, so ids sort by creation. */
export function discordSnowflake(at: number = Date.now()): string {
  sequence = (sequence + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | (1n << 17n) | sequence).toString();
}

/** When a snowflake was made (ms since 1970), as discord.js reads `createdTimestamp` from an id. */
export function discordSnowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
