// The same code builds any county's site from its data folder: no county is named in src/
// outside comments (the county, the site's name and the plan's title come from the data).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.(ts|astro)$/.test(name) ? [p] : [];
  });
}

describe('src/', () => {
  it('names no county outside comments', () => {
    const hits = sources('src').flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ file, line: i + 1, text: line }))
        .filter(({ text }) => /西平|Xiping/i.test(text) && !/^\s*(\/\/|\*|\/\*)/.test(text)),
    );
    expect(hits.map((h) => `${h.file}:${h.line}`)).toEqual([]);
  });
});
