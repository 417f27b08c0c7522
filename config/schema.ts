import { z } from 'zod';

/** A node-cron expression (5 fields, or 6 with seconds); checked loosely here, strictly by node-cron at start. */
const cronExpression = z.string().refine((s) => [5, 6].includes(s.trim().split(/\s+/).length), {
  message: 'must be a cron expression with 5 or 6 fields',
});

export const sourceSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('feed'), url: z.url() }).strict(),
  z
    .object({
      type: z.literal('index'),
      url: z.url(),
      /** CSS selector of the article links on the index page. */
      links: z.string().min(1).default('a'),
      /** Regular expression an article URL must match (index pages also link sections and tags). */
      linkPattern: z
        .string()
        .refine((p) => {
          try {
            new RegExp(p);
            return true;
          } catch {
            return false;
          }
        }, 'must be a valid regular expression')
        .optional(),
    })
    .strict(),
]);
export type SourceConfig = z.infer<typeof sourceSchema>;

/** Per-outlet extraction rules; anything missing falls back to the generic extractor. */
export const rulesSchema = z
  .object({
    title: z.string().optional(),
    body: z.string().optional(),
    paragraphs: z.string().optional(),
    date: z.string().optional(),
    author: z.string().optional(),
    editor: z.string().optional(),
    citedSource: z.string().optional(),
    image: z.string().optional(),
    /** Selectors removed from the body before paragraphs are read. */
    junk: z.array(z.string()).default([]),
    /** Regular expressions (case-insensitive) for whole lines to drop. */
    junkLines: z.array(z.string()).default([]),
    /** How to get every page of a paginated article: a query to add (`page=all`) or a next-page selector. */
    allPagesQuery: z.string().optional(),
    nextPage: z.string().optional(),
  })
  .strict();
export type ExtractionRules = z.infer<typeof rulesSchema>;

export const outletSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1),
    language: z.string().default('id'),
    schedule: cronExpression.default('*/5 * * * *'),
    enabled: z.boolean().default(true),
    /** Other host names whose pages use this outlet's rules (regional subdomains). */
    hosts: z.array(z.string()).default([]),
    sources: z.array(sourceSchema).min(1),
    rules: rulesSchema.optional(),
  })
  .strict();
export type OutletConfig = z.infer<typeof outletSchema>;

export const outletsFileSchema = z
  .object({ outlets: z.array(outletSchema) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.outlets.forEach((o, i) => {
      if (seen.has(o.id)) ctx.addIssue({ code: 'custom', path: ['outlets', i, 'id'], message: `duplicate outlet id "${o.id}"` });
      seen.add(o.id);
    });
  });

const optionalString = z.string().min(1).optional();

/** Every environment variable kabar reads. Unknown KABAR_* variables are an error (a typo would be silently ignored). */
export const envSchema = z
  .object({
    KABAR_STORE: z.string().default('sqlite://./data/kabar.sqlite'),
    KABAR_OUTLETS: optionalString,
    KABAR_HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
    KABAR_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Monthly translation budget in characters sent. */
    KABAR_TRANSLATE_BUDGET: z.coerce.number().int().min(0).default(500_000),
    /** Instance name in logs and leases (defaults to host:pid). */
    KABAR_INSTANCE: optionalString,
    /** Topics the console platform "subscribes" to when no chat platform is configured. */
    KABAR_CONSOLE_TOPICS: z.string().default('china,russia,us'),
    /** With a redis:// store: deliveries on a BullMQ queue shared by every instance (default), or each instance's own outbox worker. */
    KABAR_DELIVERY_QUEUE: z.enum(['bullmq', 'local']).default('bullmq'),
    /** Global send limits per platform, shared by all instances on one Redis: `30/1s`, `20/1m`. */
    KABAR_TELEGRAM_RATE: z.string().regex(/^\d+\/\d*(ms|s|m|h)$/, 'must be a rate like 30/1s').default('30/1s'),
    KABAR_DISCORD_RATE: z.string().regex(/^\d+\/\d*(ms|s|m|h)$/, 'must be a rate like 50/1s').default('50/1s'),
    TELEGRAM_BOT_TOKEN: optionalString,
    TELEGRAM_API_ROOT: z.url().default('https://api.telegram.org'),
    TELEGRAM_WEBHOOK_URL: z.url().optional(),
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: optionalString,
    DISCORD_API_ROOT: z.url().default('https://discord.com/api'),
    /** Shards this instance runs (`0,1` or `0-3`) out of DISCORD_SHARD_COUNT; unset runs every guild here. */
    DISCORD_SHARDS: optionalString,
    DISCORD_SHARD_COUNT: z.coerce.number().int().min(1).optional(),
    GOOGLE_TRANSLATE_API_KEY: optionalString,
    GOOGLE_APPLICATION_CREDENTIALS: optionalString,
    GOOGLE_CLOUD_PROJECT: optionalString,
    GOOGLE_TRANSLATE_GLOSSARY: optionalString,
    GOOGLE_CLOUD_TRANSLATE_ENDPOINT: z.url().optional(),
  })
  .strip();
export type Env = z.infer<typeof envSchema>;
