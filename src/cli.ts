import { parseArgs } from 'node:util';
import { loadSettings, CONFIG_DIR, type Settings } from './config.ts';
import { createLogger, scrubSecrets, type Logger } from './ops/logger.ts';
import type { ChatPlatform } from './delivery/platform.ts';
import { isClusterStore } from './store/kv.ts';
import type { Repositories } from './store/index.ts';
import type { Translator } from './translate/translator.ts';

const USAGE = `kabar — China–Russia–US news from Indonesian outlets, in English, for Discord and Telegram

usage:
  kabar run                          poll on schedule, post to subscribers (console when no chat token)
  kabar analyze <url|file|-> [--translate]
                                     print one article as JSON: metadata, paragraphs, relevance, quotes, summary
  kabar poll --once                  poll every enabled source once; a line per new article
  kabar sources [enable <sourceId>]  list every source's state, or re-enable a disabled source
  kabar register-commands [--guild ID]
                                     bulk-overwrite the Discord slash commands
`;

/** Secret values known once settings are read, scrubbed from any error printed on the way out. */
let secrets: string[] = [];

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  const settings = loadSettings();
  secrets = settings.secrets;
  const logger = createLogger({ level: settings.env.KABAR_LOG_LEVEL, secrets: settings.secrets });
  switch (command) {
    case 'run':
      return run(settings, logger);
    case 'analyze':
      return analyze(settings, logger, rest);
    case 'poll':
      return pollOnce(settings, logger, rest);
    case 'sources':
      return sources(settings, rest);
    case 'register-commands':
      return registerDiscordCommands(settings, rest);
    default:
      process.stderr.write(`kabar: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

/** Builds the chat platforms whose tokens are set; none means the console platform. */
function chatPlatforms(settings: Settings, logger: Logger) {
  const { env } = settings;
  return async (repos: Repositories, translator: Translator): Promise<ChatPlatform[]> => {
    const platforms: ChatPlatform[] = [];
    // With several instances on Redis the shared queue paces sends for the whole bot; the per-process
    // throttle would only bunch them, and inline 429 retries would bypass the shared limit.
    const sharedQueue = isClusterStore(env.KABAR_STORE) && env.KABAR_DELIVERY_QUEUE !== 'local';
    if (env.TELEGRAM_BOT_TOKEN) {
      const { createTelegramPlatform } = await import('./platforms/telegram/bot.ts');
      const telegram = createTelegramPlatform({
          token: env.TELEGRAM_BOT_TOKEN,
          apiRoot: env.TELEGRAM_API_ROOT,
          repos,
          outlets: settings.outlets,
          translator,
          logger: logger.child({ platform: 'telegram' }),
          ...(env.TELEGRAM_WEBHOOK_URL ? { webhook: { url: env.TELEGRAM_WEBHOOK_URL } } : {}),
          ...(sharedQueue ? { throttle: { globalPerSecond: 1_000 }, maxInlineRetrySeconds: 0 } : {}),
      });
      const handle = telegram.handleWebhook;
      platforms.push(env.TELEGRAM_WEBHOOK_URL && handle ? { ...telegram, webhook: { path: new URL(env.TELEGRAM_WEBHOOK_URL).pathname, handle } } : telegram);
    }
    if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) {
      const { createDiscordPlatform } = await import('./platforms/discord/client.ts');
      const { discordShardOptions } = await import('./cluster/shards.ts');
      platforms.push(
        createDiscordPlatform({
          token: env.DISCORD_TOKEN,
          applicationId: env.DISCORD_APPLICATION_ID,
          apiRoot: env.DISCORD_API_ROOT,
          repos,
          outlets: settings.outlets,
          translator,
          logger: logger.child({ platform: 'discord' }),
          ...discordShardOptions(env),
        }),
      );
    }
    return platforms;
  };
}

async function run(settings: Settings, logger: Logger): Promise<number> {
  const { startBot } = await import('./main.ts');
  const bot = await startBot(settings, { logger, platforms: chatPlatforms(settings, logger) });
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info({ signal }, 'shutting down: finishing in-flight work');
      resolve();
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });
  await bot.stop();
  return 0;
}

async function analyze(settings: Settings, logger: Logger, args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { translate: { type: 'boolean', default: false } }, allowPositionals: true });
  const input = positionals[0];
  if (!input) {
    process.stderr.write('usage: kabar analyze <url|file|-> [--translate]\n');
    return 2;
  }
  const { loadArticle } = await import('./ingest/load-article.ts');
  const { createFetcher } = await import('./ingest/fetcher.ts');
  const { analyzeArticle, loadKnowledge } = await import('./analysis/index.ts');
  const { text } = await import('node:stream/consumers');
  const article = await loadArticle(input, { fetcher: createFetcher(), outlets: settings.outlets, readStdin: () => text(process.stdin) });
  const analysis = analyzeArticle(article, loadKnowledge(CONFIG_DIR));
  const output: Record<string, unknown> = {
    ...article,
    language: analysis.language,
    relevance: analysis.relevance,
    quotes: analysis.quotes,
    summary: analysis.summary,
  };
  if (values.translate) {
    const { openStore } = await import('./store/index.ts');
    const { createTranslator } = await import('./translate/index.ts');
    // The configured store, so the translation cache and the monthly budget apply here too.
    const store = await openStore(settings.env.KABAR_STORE);
    try {
      const translator = createTranslator(settings.env, { kv: store.namespace('translate'), logger });
      const { translationRequestFor } = await import('./pipeline/translate-story.ts');
      const result = await translator.translate(translationRequestFor({ title: article.title, ...analysis }));
      output.english = result.ok ? result.english : null;
      if (!result.ok) output.untranslated = { reason: result.reason, message: result.message };
    } finally {
      await store.close();
    }
  }
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
  return 0;
}

async function pollOnce(settings: Settings, logger: Logger, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { once: { type: 'boolean', default: false } } });
  if (!values.once) {
    process.stderr.write('usage: kabar poll --once   (for continuous polling use `kabar run`)\n');
    return 2;
  }
  const { pollOnceAndPrint } = await import('./pipeline/poll-once.ts');
  return pollOnceAndPrint(settings, logger, (line) => process.stdout.write(line + '\n'));
}

async function sources(settings: Settings, args: string[]): Promise<number> {
  const { openStore, createRepositories } = await import('./store/index.ts');
  const { enableSource, sourceIdOf } = await import('./ingest/poll.ts');
  const store = await openStore(settings.env.KABAR_STORE);
  try {
    const repos = createRepositories(store);
    if (args[0] === 'enable') {
      const id = args[1];
      const known = settings.outlets.flatMap((o) => o.sources.map((src) => sourceIdOf(o, src)));
      if (!id || !known.includes(id)) {
        process.stderr.write(`usage: kabar sources enable <sourceId>\nsource ids:\n${known.map((k) => `  ${k}`).join('\n')}\n`);
        return 2;
      }
      await enableSource(repos, id);
      process.stdout.write(`enabled ${id}; it is polled on its next schedule\n`);
      return 0;
    }
    for (const outlet of settings.outlets) {
      for (const src of outlet.sources) {
        const state = await repos.sources.get(sourceIdOf(outlet, src));
        const status = !outlet.enabled ? 'outlet disabled' : state.disabled ? `DISABLED (${state.lastError ?? 'failing'})` : state.consecutiveFailures > 0 ? `failing x${state.consecutiveFailures}: ${state.lastError ?? ''}` : state.lastSuccessAt ? 'ok' : 'not polled yet';
        process.stdout.write(`${sourceIdOf(outlet, src)}\t${status}\tlast ok: ${state.lastSuccessAt ?? '-'}\n`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}

async function registerDiscordCommands(settings: Settings, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { guild: { type: 'string' } } });
  const { env } = settings;
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    process.stderr.write('kabar register-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID\n');
    return 2;
  }
  const { registerCommands } = await import('./platforms/discord/commands.ts');
  const count = await registerCommands({ token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, apiRoot: env.DISCORD_API_ROOT, ...(values.guild ? { guildId: values.guild } : {}) });
  process.stdout.write(`registered ${count} commands${values.guild ? ` in guild ${values.guild}` : ' globally'}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`kabar: ${scrubSecrets(message, secrets)}\n`);
    process.exit(1);
  },
);
