// Draws the toolbar icon (a lens over a quote mark) at every size the manifest lists and writes PNGs with node:zlib,
// so the icons are reproducible from source without an image editor or a download. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 48, 96, 128];
const OUT = fileURLToPath(new URL('../public/icon/', import.meta.url));
const BLUE = [43, 89, 195];
const WHITE = [255, 255, 255];
/** Samples per pixel side: smooth edges at 16 px without a rasteriser. */
const SS = 4;

// Shapes as signed distances in the unit square (negative inside).
const roundedSquare = (x, y) => {
  const r = 0.2, qx = Math.abs(x - 0.5) - 0.5 + r, qy = Math.abs(y - 0.5) - 0.5 + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - w;
};
const ring = (x, y) => Math.abs(Math.hypot(x - 0.43, y - 0.43) - 0.25) - 0.055;
const handle = segment(0.62, 0.62, 0.8, 0.8, 0.065);
// Two quote marks inside the lens: a dot with a short tail each.
const marks = [circle(0.36, 0.4, 0.055), circle(0.5, 0.4, 0.055), segment(0.39, 0.41, 0.34, 0.52, 0.025), segment(0.53, 0.41, 0.48, 0.52, 0.025)];
const white = (x, y) => Math.min(ring(x, y), handle(x, y), ...marks.map((m) => m(x, y)));

/** RGBA of pixel (px, py) of a size×size icon. */
function pixel(px, py, size) {
  let bg = 0, fg = 0;
  for (let i = 0; i < SS; i++) {
    for (let j = 0; j < SS; j++) {
      const u = (px + (i + 0.5) / SS) / size, v = (py + (j + 0.5) / SS) / size;
      if (roundedSquare(u, v) <= 0) { bg++; if (white(u, v) <= 0) fg++; }
    }
  }
  const n = SS * SS, a = bg / n, f = bg ? fg / bg : 0;
  return [...BLUE.map((c, k) => Math.round(c * (1 - f) + WHITE[k] * f)), Math.round(a * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      raw.set(pixel(x, y, size), y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = `${OUT}${size}.png`;
  writeFileSync(file, png(size));
  console.log(`wrote ${file}`);
}
