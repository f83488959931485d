// Draws the toolbar icon (a shield with a check mark) as PNGs in public/icon/. Run it again
// only when the design changes; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
  return Buffer.concat([head, data, crc]);
}

// Shapes in a unit square: inside the shield, and on the check mark's stroke.
function inShield(x, y) {
  if (y < 0.1 || y > 0.94) return false;
  const halfWidth = y < 0.55 ? 0.38 : 0.38 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.39) ** 2));
  const top = 0.1 + 0.05 * Math.cos(((x - 0.5) / 0.38) * Math.PI);
  return Math.abs(x - 0.5) <= halfWidth && y >= top;
}

function distanceToSegment(px, py, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  const a = [0.32, 0.5];
  const b = [0.45, 0.64];
  const c = [0.69, 0.36];
  return Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) < 0.06;
}

function drawIcon(size) {
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (inShield(x, y)) {
            shield += 1;
            if (onCheck(x, y)) check += 1;
          }
        }
      }
      const total = SAMPLES * SAMPLES;
      const mix = check / Math.max(shield, 1);
      const blue = [29, 78, 216];
      const color = blue.map((channel) => Math.round(channel * (1 - mix) + 255 * mix));
      row.push(...color, Math.round((255 * shield) / total));
    }
    rows.push(Buffer.from(row));
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, drawIcon(size));
