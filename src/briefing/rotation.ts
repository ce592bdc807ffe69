// Which fact and quote a server gets on a given day. The order is a pure
// function of the server and the date, so the preview is exactly what will
// be posted and a restart cannot disturb it: each cycle through the pool is
// a shuffle seeded by the server and the cycle number, so nothing repeats
// until the pool is used up, then a new order starts.
import { daysBetween } from './calendar.ts';

/** Day 0 of every rotation: the Hanoi signing. */
export const ROTATION_EPOCH = '2025-10-25';

/** FNV-1a: a small, stable string hash (same value on every machine and run). */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a seeded generator, so a shuffle is reproducible. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export function pickOfTheDay<T extends { id: string }>(pool: readonly T[], key: string, date: string): T {
  if (pool.length === 0) throw new Error('empty rotation pool');
  const ordered = [...pool].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const day = daysBetween(ROTATION_EPOCH, date);
  const cycle = Math.floor(day / ordered.length);
  const position = day - cycle * ordered.length;
  return shuffled(ordered, seeded(stableHash(`${key}:${cycle}`)))[position] as T;
}
