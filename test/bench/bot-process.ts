// The bot as `npm start` runs it (the compiled bot, with the start script's
// node flags), in its own process, logged into a fake Discord.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { FakeDiscord } from '../fake-discord/index.ts';
import { fakeEnv } from '../support/discord-bot.ts';
import { ROOT, cleanEnv, startArgs } from '../support/run.ts';

const READY_TIMEOUT_MS = 15_000;

export interface BotProcess {
  pid: number;
  /** From spawning the process to its "ready" log line. */
  readyMs: number;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export function spawnBot(fake: FakeDiscord): Promise<BotProcess> {
  const start = performance.now();
  const child = spawn(process.execPath, startArgs(), { cwd: ROOT, env: cleanEnv(fakeEnv(fake)), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bot did not log "ready" within ${READY_TIMEOUT_MS} ms:\n${stderr}`));
    }, READY_TIMEOUT_MS);
    // Logs keep being read after ready, or a full pipe would stall the bot.
    child.stdout.on('data', (chunk: Buffer) => {
      if (ready) return;
      stdout += chunk.toString();
      if (!stdout.includes('"msg":"ready"')) return;
      ready = true;
      clearTimeout(timer);
      resolve({
        pid: child.pid as number,
        readyMs: performance.now() - start,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before logging "ready":\n${stderr}`));
    });
  });
}

export interface ProcessMemory {
  /** Resident set size now, MB. */
  rssMB: number;
  /** Highest resident set size so far, MB. */
  peakMB: number;
}

/** Undefined where /proc does not exist (anything but Linux). */
export function processMemory(pid: number): ProcessMemory | undefined {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return undefined;
  const status = readFileSync(path, 'utf8');
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 };
}
