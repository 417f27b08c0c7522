import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/config.ts';

export interface KabarProcess {
  proc: ChildProcess;
  /** Everything written to stdout so far (posts from the console platform). */
  stdout(): string;
  stderr(): string;
  waitFor(predicate: (stdout: string) => boolean, timeoutMs: number): Promise<boolean>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `kabar <args>` as a real child process with only the given environment (plus PATH/HOME). */
export function spawnKabar(args: string[], env: Record<string, string>, stdin?: string): KabarProcess {
  const proc = spawn(process.execPath, [resolve(REPO_ROOT, 'bin/kabar.js'), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', KABAR_LOG_LEVEL: process.env.KABAR_TEST_LOG_LEVEL ?? 'warn', ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (stdin !== undefined) proc.stdin!.end(stdin);
  let out = '';
  let err = '';
  proc.stdout!.on('data', (c) => (out += c));
  proc.stderr!.on('data', (c) => (err += c));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return {
    proc,
    stdout: () => out,
    stderr: () => err,
    async waitFor(predicate, timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (predicate(out)) return true;
        if (proc.exitCode !== null) return predicate(out);
        await new Promise((r) => setTimeout(r, 25));
      }
      return predicate(out);
    },
    async kill(signal = 'SIGKILL') {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}
