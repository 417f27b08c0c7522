import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { InstanceConfig } from './instance.ts';

const ENTRY = fileURLToPath(new URL('./instance.ts', import.meta.url));

export interface RunningInstance {
  name: string;
  child: ChildProcess;
  /** Resolves when the process has exited (with its code or signal). */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts one instance as its own Node process (tsx loader) and resolves once it reports ready.
 * Its stderr (the JSON log) goes to `logFile` for a look after a failure.
 */
export async function spawnInstance(config: InstanceConfig, logFile: string, options: { timeoutMs?: number; env?: Record<string, string> } = {}): Promise<RunningInstance> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, ...options.env, KT_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.pipe(createWriteStream(logFile, { flags: 'a' }));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance ${config.instance} not ready after ${timeoutMs} ms (log: ${logFile})`)), timeoutMs);
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes(`ready ${config.instance}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`instance ${config.instance} exited before ready (code ${code}, signal ${signal}; log: ${logFile})`));
    });
  });
  return { name: config.instance, child, exited };
}

/** Stops an instance gracefully (SIGTERM), or kills it if it does not exit in time. */
export async function stopInstance(instance: RunningInstance, timeoutMs = 15_000): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), timeoutMs);
  await instance.exited;
  clearTimeout(timer);
}
