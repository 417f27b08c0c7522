import { describe, expect, it } from 'vitest';
import { discordShardOptions, parseShards } from '../../src/cluster/shards.ts';

describe('Discord shard settings', () => {
  it('reads lists and ranges of shards out of a count', () => {
    expect(parseShards('0,1', '4')).toEqual({ shards: [0, 1], shardCount: 4 });
    expect(parseShards('2-3', 4)).toEqual({ shards: [2, 3], shardCount: 4 });
    expect(parseShards(' 3, 0-1 ', '4')).toEqual({ shards: [0, 1, 3], shardCount: 4 });
    expect(discordShardOptions({})).toEqual({});
    expect(discordShardOptions({ DISCORD_SHARDS: '1', DISCORD_SHARD_COUNT: 2 })).toEqual({ shards: [1], shardCount: 2 });
  });

  it('says plainly what is wrong with settings that cannot work', () => {
    expect(() => parseShards('0,1', undefined)).toThrow(/go together/);
    expect(() => parseShards(undefined, '2')).toThrow(/go together/);
    expect(() => parseShards('0,2', '2')).toThrow(/shard 2 is not below DISCORD_SHARD_COUNT 2/);
    expect(() => parseShards('first', '2')).toThrow(/"first" is not a shard number/);
    expect(() => parseShards('1', '0')).toThrow(/positive whole number/);
  });
});
