// Query parameters that only track the click; two links differing in these are the same article.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|ref|ref_src|src|source|from|cmpid|xtor|ga_source|ga_medium|ga_campaign|amp|_branch_match_id)$/i;

/** Canonical form of a URL for identity: tracking parameters, fragment and default port dropped, host lower-cased. */
export function normalizeUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase();
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  if ([...u.searchParams.keys()].length === 0) u.search = '';
  return u.href;
}
