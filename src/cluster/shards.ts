/** Which Discord shards this instance runs, from DISCORD_SHARDS (`0,1` or `0-3`) and DISCORD_SHARD_COUNT. */
export interface ShardPlan {
  shards: number[];
  shardCount: number;
}

/**
 * Reads the shard settings; undefined when sharding is not configured (discord.js then runs one
 * shard for every guild). Throws a plain message for settings that cannot work together.
 */
export function parseShards(shardsText: string | undefined, shardCountText: string | number | undefined): ShardPlan | undefined {
  if (shardsText === undefined && shardCountText === undefined) return undefined;
  if (shardsText === undefined || shardCountText === undefined) {
    throw new Error('DISCORD_SHARDS and DISCORD_SHARD_COUNT go together: which shards this instance runs, out of how many');
  }
  const shardCount = Number(shardCountText);
  if (!Number.isInteger(shardCount) || shardCount < 1) throw new Error(`DISCORD_SHARD_COUNT must be a positive whole number, not "${shardCountText}"`);
  const shards = new Set<number>();
  for (const part of shardsText.split(',').map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new Error(`DISCORD_SHARDS: "${part}" is not a shard number or range`);
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    for (let s = from; s <= to; s++) shards.add(s);
  }
  const list = [...shards].sort((a, b) => a - b);
  if (list.length === 0) throw new Error('DISCORD_SHARDS names no shard');
  const outside = list.filter((s) => s >= shardCount);
  if (outside.length > 0) throw new Error(`DISCORD_SHARDS: shard ${outside.join(', ')} is not below DISCORD_SHARD_COUNT ${shardCount}`);
  return { shards: list, shardCount };
}

/** The options for createDiscordPlatform from the environment: `{ shards, shardCount }` when configured. */
export function discordShardOptions(env: { DISCORD_SHARDS?: string; DISCORD_SHARD_COUNT?: number }): Partial<ShardPlan> {
  const plan = parseShards(env.DISCORD_SHARDS, env.DISCORD_SHARD_COUNT);
  return plan ? { shards: plan.shards, shardCount: plan.shardCount } : {};
}
