import { z } from 'zod';
import type { ArgSpec, Command } from './types.ts';

export type ParsedArgs = Record<string, string | number | undefined>;
export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; usage: string };

/** How an argument reads in a usage line: `<speaker>`, `[n]`, `[topics…]`, `[topic|speaker|outlet]`. */
function placeholder(arg: ArgSpec): string {
  const name = arg.autocomplete === 'latest-filter' ? 'topic|speaker|outlet' : arg.name;
  const body = arg.rest && arg.name.endsWith('s') ? `${name}…` : name;
  return arg.required ? `<${body}>` : `[${body}]`;
}

/** "/quotes <speaker> [n]" */
export function usageLine(command: Command): string {
  return [`/${command.name}`, ...command.args.map(placeholder)].join(' ');
}

function schemaFor(arg: ArgSpec): z.ZodType {
  if (arg.type === 'integer') {
    let n = z.coerce.number().int();
    if (arg.min !== undefined) n = n.min(arg.min);
    if (arg.max !== undefined) n = n.max(arg.max);
    return n;
  }
  if (arg.choices?.length) return z.enum(arg.choices as [string, ...string[]]);
  return z.string().trim().min(1).max(200);
}

/** Says what is wrong with one argument in a way a reader understands. */
function problemWith(arg: ArgSpec, value: string | undefined): string {
  if (value === undefined || value.trim() === '') return `please tell me the ${arg.name}`;
  if (arg.type === 'integer') {
    const range = arg.min !== undefined && arg.max !== undefined ? ` from ${arg.min} to ${arg.max}` : '';
    return `${arg.name} should be a whole number${range}, not “${value.slice(0, 40)}”`;
  }
  if (arg.choices?.length) return `${arg.name} should be one of ${arg.choices.join(', ')}`;
  return `${arg.name} is too long`;
}

/**
 * Validates raw argument values (Telegram words or Discord options, all as strings) with zod.
 * A missing required value or a bad one gives a short, polite usage line instead.
 */
export function parseArgs(command: Command, raw: Record<string, string | undefined>): ParseResult {
  const args: ParsedArgs = {};
  for (const arg of command.args) {
    const value = raw[arg.name];
    if (value === undefined || value.trim() === '') {
      if (arg.required) return { ok: false, usage: `Sorry, ${problemWith(arg, value)}. Usage: ${usageLine(command)}` };
      continue;
    }
    const parsed = schemaFor(arg).safeParse(value);
    if (!parsed.success) return { ok: false, usage: `Sorry, ${problemWith(arg, value)}. Usage: ${usageLine(command)}` };
    args[arg.name] = parsed.data as string | number;
  }
  return { ok: true, args };
}

const INTEGER = /^[+-]?\d+$/;

/**
 * Splits the text after a Telegram command into raw arguments. Words fill the arguments in order;
 * a `rest` argument takes every remaining word; a trailing whole number fills an optional integer
 * argument (so `/quotes Wang Yi 3` and `/latest 3` both work). Extra words join the last argument,
 * so a wrong one is reported rather than silently dropped.
 */
export function parseTelegramText(command: Command, text: string): Record<string, string | undefined> {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const raw: Record<string, string | undefined> = {};
  const args = [...command.args];
  const last = args[args.length - 1];
  if (last && last.type === 'integer' && !last.required && words.length && INTEGER.test(words[words.length - 1])) {
    const hasTextArgs = args.some((a) => a.type !== 'integer');
    const firstIsRequiredText = args[0] && args[0].required && args[0].type !== 'integer';
    // "/quotes 3" means a speaker called "3" is missing, not n = 3: leave it for the required arg.
    if (!(firstIsRequiredText && words.length === 1) || !hasTextArgs) {
      raw[last.name] = words.pop();
      args.pop();
    }
  }
  args.forEach((arg, i) => {
    if (!words.length) return;
    const isLast = i === args.length - 1;
    raw[arg.name] = arg.rest || isLast ? words.splice(0).join(' ') : words.shift();
  });
  return raw;
}
