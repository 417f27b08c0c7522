// jsdom ships no types and @types/jsdom is not installed; the eval and bench use only this much of it.
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    window: { document: Document; close(): void };
  }
}
