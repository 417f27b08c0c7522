import type { OutletConfig } from '../../config/schema.ts';

/**
 * The outlet whose pages a URL belongs to: its host (or a parent domain) matches one of the outlet's
 * source hosts or `hosts` entries, so prbandungraya.pikiran-rakyat.com finds the PRMN outlet.
 */
export function outletForUrl(outlets: OutletConfig[], url: string): OutletConfig | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  let best: { outlet: OutletConfig; length: number } | undefined;
  for (const outlet of outlets) {
    for (const h of hostsOf(outlet)) {
      if (host === h || host.endsWith(`.${h}`)) {
        // The most specific match wins (kompas.tv over a hypothetical kompas catch-all).
        if (!best || h.length > best.length) best = { outlet, length: h.length };
      }
    }
  }
  return best?.outlet;
}

function hostsOf(outlet: OutletConfig): string[] {
  const hosts = new Set<string>();
  for (const s of outlet.sources) {
    try {
      hosts.add(new URL(s.url).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // the schema already rejected it
    }
  }
  for (const h of outlet.hosts ?? []) hosts.add(h.toLowerCase().replace(/^\*\./, '').replace(/^www\./, ''));
  return [...hosts];
}

/**
 * The outlet a dateline names ("BEIJING, KOMPAS.TV -" → kompastv, "PR BANDUNGRAYA -" → prmn), for
 * plain text that came without a URL.
 */
export function outletForDateline(outlets: OutletConfig[], datelineText: string | undefined): OutletConfig | undefined {
  if (!datelineText) return undefined;
  const squash = (s: string) => s.toLowerCase().replace(/^www\./, '').replace(/[^a-z0-9]/g, '');
  const parts = datelineText.replace(/[-–—]+\s*$/, '').split(/[,()]/).map(squash).filter(Boolean);
  for (const outlet of outlets) {
    const keys = new Set([squash(outlet.id), squash(outlet.name)]);
    for (const h of hostsOf(outlet)) {
      keys.add(squash(h));
      keys.add(squash(h.split('.')[0]!));
    }
    if (parts.some((p) => keys.has(p) || keys.has(p.replace(/news$/, '')))) return outlet;
  }
  return undefined;
}
