import { fakeToken } from '../utils/detect/fake-token';
import { readRealText } from '../eval/real-text';

/** A seeded generator, so every run measures the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4_294_967_296;
  };
}

const LEVELS = ['INFO', 'DEBUG', 'WARN', 'ERROR'];
const PATHS = ['/api/v1/orders', '/healthz', '/api/v2/users/42', '/static/app.js', '/login'];

function makeLogLines(random: () => number, count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const level = LEVELS[Math.floor(random() * LEVELS.length)] ?? 'INFO';
    const path = PATHS[Math.floor(random() * PATHS.length)] ?? '/';
    const ms = Math.floor(random() * 900);
    const trace = fakeToken(`trace-${random()}`, 32, 'hex');
    lines.push(
      `2026-12-04T16:${String(i % 60).padStart(2, '0')}:07.${ms}Z ${level} http ${path} status=200 duration_ms=${ms} trace=${trace}`,
    );
  }

  return `${lines.join('\n')}\n`;
}

function makeJson(random: () => number, count: number): string {
  const records = Array.from({ length: count }, (_, i) => ({
    id: i,
    sku: `SKU-${Math.floor(random() * 1e6)}`,
    price: Math.round(random() * 10_000) / 100,
    tags: ['blue', 'sale', 'new'].slice(0, 1 + (i % 3)),
    updatedAt: '2026-11-30T08:15:00Z',
    integrity: `sha512-${fakeToken(`int-${i}`, 86, 'base64')}==`,
  }));
  return `${JSON.stringify(records, null, 2)}\n`;
}

export interface Corpus {
  readonly text: string;
  readonly planted: number;
}

/**
 * About `size` characters of mixed text: real compiler typings and Debian docs (code and prose),
 * generated logs and JSON, and one planted fake key (from the rules' own examples) every ~20 KB.
 */
export function buildCorpus(size: number, plants: readonly string[], seed = 7): Corpus {
  const random = createRandom(seed);
  const real = readRealText(size).map((file) => file.text);
  const parts: string[] = [];
  let length = 0;
  let planted = 0;
  let sinceLastPlant = 0;
  let realIndex = 0;
  while (length < size) {
    const pick = random();
    let chunk: string;
    if (pick < 0.55 && real.length > 0) {
      const source = real[realIndex++ % real.length] ?? '';
      const start = Math.floor(random() * Math.max(1, source.length - 8_000));
      chunk = source.slice(start, start + 8_000);
    } else if (pick < 0.8) {
      chunk = makeLogLines(random, 40);
    } else {
      chunk = makeJson(random, 12);
    }

    parts.push(chunk);
    length += chunk.length;
    sinceLastPlant += chunk.length;
    if (sinceLastPlant >= 20_000 && plants.length > 0) {
      parts.push(`\n${plants[planted % plants.length] ?? ''}\n`);
      planted++;
      sinceLastPlant = 0;
    }
  }

  return { text: parts.join('').slice(0, size), planted };
}
