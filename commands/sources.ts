import { formatTime } from './text.ts';
import type { Command } from './types.ts';

/** Source ids follow the ingest convention `${outlet.id}:${source.url}`. */
export function sourceId(outletId: string, url: string): string {
  return `${outletId}:${url}`;
}

export const sources: Command = {
  name: 'sources',
  description: 'The outlets kabar reads and how their feeds are doing',
  args: [],
  async run(_args, ctx) {
    if (!ctx.outlets.length) return { blocks: [{ type: 'text', text: 'No outlets are configured.' }] };
    const rows = ctx.outlets.flatMap((o) => o.sources.map((s) => ({ outlet: o, source: s })));
    const states = await Promise.all(rows.map(({ outlet, source }) => ctx.repos.sources.get(sourceId(outlet.id, source.url))));
    const items = rows.map(({ outlet, source }, i) => {
      const st = states[i];
      const status = !outlet.enabled
        ? 'outlet disabled'
        : st.disabled
          ? `disabled${st.lastError ? ` (${st.lastError.slice(0, 80)})` : ''}`
          : st.consecutiveFailures > 0
            ? `failing ×${st.consecutiveFailures}${st.lastError ? ` (${st.lastError.slice(0, 80)})` : ''}`
            : st.lastSuccessAt
              ? 'ok'
              : 'not polled yet';
      return {
        text: `${outlet.name} — ${source.type}`,
        url: source.url,
        detail: `${status}${st.lastSuccessAt ? ` · last success ${formatTime(st.lastSuccessAt)}` : ''}`,
      };
    });
    return { blocks: [{ type: 'heading', text: 'Sources' }, { type: 'list', items }] };
  },
};
