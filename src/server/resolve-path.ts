/** Map a request path to a file under the served root, refusing anything a static host would not serve. */
import { lstat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/** Root-level files that configure the host and are never published (Netlify/Cloudflare hide them too). */
const HOST_FILES = new Set(['_headers', '_redirects']);

export interface ResolvedFile {
  readonly file: string;
  readonly stats: Stats;
}

/** The pathname of a request target, or null when it is not a URL at all (`http://[::1`). */
export function requestPath(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    return null;
  }
}

/** The decoded path segments, or null for anything hostile or hidden. */
function safeSegments(urlPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  // NUL and backslashes never name a published file; on Windows "\" would also be a separator.
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  // A leading dot covers ".", ".." (encoded traversal survives URL parsing as "..%2f") and dotfiles.
  if (segments.some((s) => s.startsWith('.'))) return null;
  if (segments.length === 1 && HOST_FILES.has(segments[0] ?? '')) return null;
  return segments;
}

/**
 * The regular file at `root`/`segments`, or null when it is missing, not a file, or it or any
 * folder on the way below `root` is a symlink (lstat, never followed: a link in dist/ could name
 * anything on the machine). The root itself may be a link.
 */
async function plainFile(root: string, segments: readonly string[]): Promise<ResolvedFile | null> {
  let path = root;
  let stats: Stats | null = null;
  for (const segment of segments) {
    path = join(path, segment);
    try {
      stats = await lstat(path);
    } catch {
      return null;
    }
    if (stats.isSymbolicLink()) return null;
  }
  return stats?.isFile() ? { file: path, stats } : null;
}

/** The file for `urlPath` (a directory's index.html included), or null. */
export async function resolveFile(root: string, urlPath: string): Promise<ResolvedFile | null> {
  const segments = safeSegments(urlPath);
  if (!segments) return null;
  const candidate = normalize(join(root, ...segments));
  // Belt and braces: the segment check already rules out escaping the root.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  return (await plainFile(root, segments)) ?? (await plainFile(root, [...segments, 'index.html']));
}
