/** Reads a packed chart (`charts/*.tgz`): gunzip with fflate, then the ustar/pax entries of the tarball. Never throws. */
import { gunzipSync } from 'fflate';

export type TarRead = { files: Map<string, Uint8Array> } | { error: string };

const MAX_UNPACKED = 256 * 1024 * 1024;

function field(b: Uint8Array, start: number, len: number): string {
  let end = start;
  while (end < start + len && b[end] !== 0) end++;
  return new TextDecoder().decode(b.subarray(start, end));
}

export function untgz(bytes: Uint8Array): TarRead {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(bytes);
  } catch (e) {
    return { error: `not a gzip file: ${(e as Error).message}` };
  }
  if (tar.length > MAX_UNPACKED) return { error: 'the unpacked chart is too large' };
  const files = new Map<string, Uint8Array>();
  let longName: string | null = null;
  for (let off = 0; off + 512 <= tar.length; ) {
    const name0 = field(tar, off, 100);
    if (name0 === '' && tar[off] === 0) break;
    const size = parseInt(field(tar, off + 124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) return { error: 'a corrupt tar header' };
    const type = String.fromCharCode(tar[off + 156] || 48);
    const prefix = field(tar, off + 345, 155);
    const body = tar.subarray(off + 512, off + 512 + size);
    let name = longName ?? (prefix ? `${prefix}/${name0}` : name0);
    longName = null;
    if (type === 'L') longName = field(body, 0, body.length);
    else if (type === 'x') {
      const m = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(new TextDecoder().decode(body));
      if (m) longName = m[1];
    } else if (type === '0' || type === '\0' || type === '7') {
      name = name.replace(/^\.\//, '');
      files.set(name, body.slice());
    }
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return { files };
}
