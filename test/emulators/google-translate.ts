// A loopback Google Cloud Translation server for tests and evaluations: v2 REST (the API-key path of
// @google-cloud/translate v2) and the v3 REST fallback (TranslationServiceClient with fallback: true).
// It checks what the real service checks that matters to us (key, segment and size limits, format) and
// answers with a deterministic word-for-word "translation" that leaves [X0X] name tokens alone.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  api: 'v2' | 'v3';
  path: string;
  /** The API key sent (v2 `?key=`, v3 `x-goog-api-key`). */
  key?: string;
  segments: string[];
  format?: string;
  source?: string;
  target?: string;
  glossary?: string;
  /** Request body size in bytes. */
  bytes: number;
  status: number;
}

export interface EmulatorOptions {
  /** The API key accepted (default `test-key`). */
  key?: string;
}

export interface GoogleTranslateEmulator {
  /** v2 base URL, ending in /language/translate/v2 (GOOGLE_CLOUD_TRANSLATE_ENDPOINT). */
  url: string;
  v3Endpoint: { host: string; port: number };
  requests: RecordedRequest[];
  /** The next `times` translate requests answer `status` (403 is a quota refusal, as Google sends it). */
  failNext(status: number, times?: number): void;
  /** The next translate request waits `ms` before answering. */
  delayNext(ms: number): void;
  close(): Promise<void>;
}

const V2_MAX_SEGMENTS = 128;
const V2_MAX_BYTES = 100 * 1024;
const V3_MAX_STRINGS = 1_024;
const V3_MAX_CODE_POINTS = 30_000;

// A few words, enough to see that text was "translated". "wang" is a real (old) spelling of "uang",
// money: it is how an MT engine mangles the name Wang, which is what name protection must prevent.
const WORDS: Record<string, string> = {
  dan: 'and', yang: 'that', di: 'in', ke: 'to', dari: 'from', adalah: 'is', ini: 'this', itu: 'that',
  tidak: 'not', akan: 'will', dengan: 'with', untuk: 'for', kata: 'said', ujar: 'said', tutur: 'said',
  mengatakan: 'said', menteri: 'minister', luar: 'outside', negeri: 'country', negara: 'country',
  presiden: 'president', kerja: 'work', sama: 'same', hubungan: 'relations', kedua: 'both',
  militer: 'military', latihan: 'exercise', bersama: 'together', perang: 'war', damai: 'peace',
  terus: 'keeps', tirai: 'curtain', bambu: 'bamboo', beruang: 'bear', merah: 'red', paman: 'uncle',
  serikat: 'union', amerika: 'america', kami: 'we', mereka: 'they', ia: 'he', juga: 'also',
  wang: 'money', uang: 'money', besar: 'big', global: 'global', pengaruh: 'influence', kapal: 'ship',
  perdagangan: 'trade', tarif: 'tariff', sanksi: 'sanctions', harus: 'must', ingin: 'want',
};

export function fakeTranslate(text: string): string {
  return text.replace(/\[\s*X\s*\d+\s*X\s*\]|[\p{L}]+/gu, (word) => {
    if (word.startsWith('[')) return word;
    const en = WORDS[word.toLowerCase()];
    if (!en) return word;
    return word[0] === word[0].toUpperCase() ? en[0].toUpperCase() + en.slice(1) : en;
  });
}

function codePoints(s: string): number {
  return [...s].length;
}

/** Starts the emulator on 127.0.0.1 and a free port. */
export async function startGoogleTranslateEmulator(opts: EmulatorOptions = {}): Promise<GoogleTranslateEmulator> {
  const apiKey = opts.key ?? 'test-key';
  const requests: RecordedRequest[] = [];
  const failures: number[] = [];
  let delay = 0;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: any = {};
    try {
      body = raw.length ? JSON.parse(raw.toString('utf8')) : {};
    } catch {
      return send(res, 400, { error: { code: 400, message: 'Invalid JSON payload received.', status: 'INVALID_ARGUMENT' } });
    }
    if (delay > 0) {
      const ms = delay;
      delay = 0;
      await new Promise((r) => setTimeout(r, ms));
      if (res.destroyed || req.socket.destroyed) return;
    }
    if (req.method === 'POST' && url.pathname.endsWith('/language/translate/v2')) return v2(req, res, url, body, raw.length);
    const m = url.pathname.match(/^\/v3\/projects\/([^/]+)\/locations\/([^/:]+):translateText$/);
    if (req.method === 'POST' && m) return v3(req, res, url, body, raw.length);
    send(res, 404, { error: { code: 404, message: `no such method ${req.method} ${url.pathname}`, status: 'NOT_FOUND' } });
  });

  function v2(_req: IncomingMessage, res: ServerResponse, url: URL, body: any, bytes: number) {
    const q: string[] = Array.isArray(body.q) ? body.q : typeof body.q === 'string' ? [body.q] : [];
    const record: RecordedRequest = { api: 'v2', path: url.pathname, key: url.searchParams.get('key') ?? undefined, segments: q, format: body.format, source: body.source, target: body.target, bytes, status: 200 };
    requests.push(record);
    const fail = (status: number, message: string, reason: string) => {
      record.status = status;
      send(res, status, { error: { code: status, message, errors: [{ message, domain: status === 403 ? 'usageLimits' : 'global', reason }] } });
    };
    if (record.key !== apiKey) return fail(400, 'API key not valid. Please pass a valid API key.', 'badRequest');
    const injected = failures.shift();
    if (injected) {
      if (injected === 403) return fail(403, 'User Rate Limit Exceeded', 'userRateLimitExceeded');
      if (injected === 429) return fail(429, 'Too many requests', 'rateLimitExceeded');
      return fail(injected, injected >= 500 ? 'Internal error encountered.' : 'Request failed', injected >= 500 ? 'backendError' : 'badRequest');
    }
    if (!body.target) return fail(400, 'Missing required field target', 'required');
    if (q.length === 0) return fail(400, 'Missing required field q', 'required');
    if (q.length > V2_MAX_SEGMENTS) return fail(400, 'Too many text segments', 'invalid');
    if (bytes > V2_MAX_BYTES) return fail(400, 'Request payload size exceeds the limit', 'invalid');
    send(res, 200, { data: { translations: q.map((t) => ({ translatedText: fakeTranslate(t), ...(body.source ? {} : { detectedSourceLanguage: 'id' }) })) } });
  }

  function v3(req: IncomingMessage, res: ServerResponse, url: URL, body: any, bytes: number) {
    const contents: string[] = Array.isArray(body.contents) ? body.contents : [];
    const key = req.headers['x-goog-api-key'];
    const record: RecordedRequest = {
      api: 'v3', path: url.pathname, key: typeof key === 'string' ? key : undefined, segments: contents, format: body.mimeType,
      source: body.sourceLanguageCode, target: body.targetLanguageCode, glossary: body.glossaryConfig?.glossary, bytes, status: 200,
    };
    requests.push(record);
    const fail = (status: number, grpcStatus: string, message: string) => {
      record.status = status;
      send(res, status, { error: { code: status, message, status: grpcStatus } });
    };
    if (record.key !== undefined && record.key !== apiKey) return fail(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.');
    const injected = failures.shift();
    if (injected) {
      if (injected === 403) return fail(403, 'PERMISSION_DENIED', "Quota exceeded for quota metric 'v3 general model characters'");
      if (injected === 429) return fail(429, 'RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'v3 general model characters'");
      if (injected === 503) return fail(503, 'UNAVAILABLE', 'The service is currently unavailable.');
      return fail(injected, injected >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT', 'Internal error encountered.');
    }
    if (!body.targetLanguageCode) return fail(400, 'INVALID_ARGUMENT', 'Target language is required.');
    if (contents.length === 0) return fail(400, 'INVALID_ARGUMENT', 'Empty contents.');
    if (contents.length > V3_MAX_STRINGS) return fail(400, 'INVALID_ARGUMENT', 'Number of strings exceeds the limit of 1024.');
    if (contents.reduce((n, t) => n + codePoints(t), 0) > V3_MAX_CODE_POINTS) return fail(400, 'INVALID_ARGUMENT', 'Text is too long: 30000 code points at most.');
    const translations = contents.map((t) => ({ translatedText: fakeTranslate(t) }));
    send(res, 200, { translations, ...(body.glossaryConfig ? { glossaryTranslations: translations.map((t) => ({ ...t, glossaryConfig: body.glossaryConfig })) } : {}) });
  }

  function send(res: ServerResponse, status: number, json: unknown) {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(json));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/language/translate/v2`,
    v3Endpoint: { host: '127.0.0.1', port },
    requests,
    failNext(status, times = 1) {
      for (let i = 0; i < times; i++) failures.push(status);
    },
    delayNext(ms) {
      delay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
