export const COUNTRIES = ['china', 'russia', 'us'] as const;
export type Country = (typeof COUNTRIES)[number];

export const TOPICS = ['china', 'russia', 'us', 'china-russia', 'china-us', 'russia-us', 'triangle'] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: string): value is Topic {
  return (TOPICS as readonly string[]).includes(value);
}
