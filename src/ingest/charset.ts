import iconv from 'iconv-lite';

// Browsers treat these Latin-1 labels as windows-1252 (WHATWG Encoding); pages labelled iso-8859-1
// routinely contain 0x80–0x9F bytes (curly quotes, the euro sign) that only windows-1252 maps.
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'latin-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1252: 'windows-1252',
  utf8: 'utf-8',
};

/** Normalises a charset label to one iconv-lite knows, or undefined. */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const clean = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  const name = ALIASES[clean] ?? clean;
  return iconv.encodingExists(name) ? name : undefined;
}

/** Picks the charset of a body: BOM, then the Content-Type header, then `<meta>`, then the XML prolog; UTF-8 by default. */
export function detectCharset(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const fromHeader = normalizeCharset(/charset\s*=\s*([^;\s]+)/i.exec(contentType ?? '')?.[1]);
  if (fromHeader) return fromHeader;
  // Only ASCII matters for the sniff, so a Latin-1 view of the first bytes is safe whatever the real charset.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1];
  return normalizeCharset(meta) ?? 'utf-8';
}

/** Decodes a body with its detected charset; a BOM is dropped. */
export function decodeBody(bytes: Uint8Array, contentType?: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), detectCharset(bytes, contentType));
}
