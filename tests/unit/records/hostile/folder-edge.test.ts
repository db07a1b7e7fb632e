// The data folder's edge (issue 21): links, special files, file types a folder is not read as,
// and CSVs separated by something other than commas. Each case must stop with one message naming
// the file (and line where there is one), before anything outside the folder is read.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../../../src/records/errors.ts';
import { checkDataFolder } from '../../../../src/records/folder.ts';
import { assertCommaSeparated, readTable } from '../../../../src/records/table.ts';
import { readObservationFile } from '../../../../src/records/observations/read-file.ts';
import { z } from 'zod';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edge-test-'));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

const BASE = {
  'site.json': '{}',
  'stations.csv': 'code\n',
  'observations/a.csv': 'x\n',
  'plan/README.md': 'notes',
  'plan/source/meta.json': '{}',
  'plan/source/PROVENANCE.md': 'p',
  'published/x.csv': 'a\n',
};

function thrown(f: () => void): IngestError {
  try {
    f();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('checkDataFolder', () => {
  it('accepts a folder of plain files of the expected types', () => {
    expect(() => checkDataFolder(folder(BASE))).not.toThrow();
  });

  it('accepts the bundled data folder', () => {
    expect(() => checkDataFolder('data')).not.toThrow();
  });

  const links: [string, string][] = [
    ['observations/linked.csv', '/etc/passwd'],
    ['published/out.csv', '/etc/hostname'],
    ['stations.csv.bak.csv', '/etc/passwd'],
    ['plan/inside.csv', 'measures.csv'], // even a link inside the folder: refused, not followed
    ['observations/sub', '/tmp'], // a linked folder
    ['observations/dangling.csv', '/nonexistent/file.csv'],
  ];
  for (const [rel, target] of links) {
    it(`refuses a symbolic link ${rel} → ${target}`, () => {
      const dir = folder({ ...BASE, 'plan/measures.csv': 'id\n' });
      symlinkSync(target, join(dir, rel));
      const e = thrown(() => checkDataFolder(dir));
      expect(e.file).toBe(rel);
      expect(e.message).toContain('is a symbolic link');
      expect(e.message).not.toContain('root:'); // nothing of the target is read or printed
    });
  }

  it('refuses a named pipe (reading it would hang the build)', () => {
    const dir = folder(BASE);
    execFileSync('mkfifo', [join(dir, 'observations', 'pipe.csv')]);
    const e = thrown(() => checkDataFolder(dir));
    expect(e.file).toBe('observations/pipe.csv');
    expect(e.message).toContain('named pipe');
  });

  const wrongTypes: [string, RegExp][] = [
    ['published/xiping-official.xlsx', /published\/ is read as \.csv files only.*CSV UTF-8/],
    ['published/figures.tsv', /published\/ is read as \.csv/],
    ['observations/2025.xls', /observations\/ is read as \.csv or \.csv\.gz/],
    ['observations/2025.csv.zip', /observations\//],
    ['enforcement/cases.xlsx', /enforcement\/ is read as \.csv/],
    ['ranking/rankings.ods', /ranking\/ is read as \.csv or \.json/],
    ['releases/2026-11-28.1.zip', /releases\/ is read as \.json/],
    ['stations.xlsx', /the top of the data folder/],
  ];
  for (const [rel, message] of wrongTypes) {
    it(`stops on ${rel}, a type its folder is not read as`, () => {
      const e = thrown(() => checkDataFolder(folder({ ...BASE, [rel]: 'PK\u0003\u0004' })));
      expect(e.file).toBe(rel);
      expect(e.message).toMatch(message);
    });
  }

  it('passes over notes and hidden files, and folders that are not data folders', () => {
    const dir = folder({
      ...BASE,
      'published/README.md': 'n',
      'observations/.DS_Store': 'x',
      'notes/anything.docx': 'x',
      '.git/config': 'x',
    });
    expect(() => checkDataFolder(dir)).not.toThrow();
  });
});

describe('comma is the only delimiter', () => {
  const refused: [string, string][] = [
    ['semicolons', 'station;time;pm25\nA;2025-01-01 01:00;12,5\n'],
    ['tabs', 'station\ttime\tpm25\nA\t2025-01-01 01:00\t12.5\n'],
    ['more semicolons than commas', 'a;b;c,d\n'],
  ];
  for (const [what, text] of refused) {
    it(`refuses a header separated by ${what}, naming line 1`, () => {
      const e = thrown(() => assertCommaSeparated('observations/x.csv', text));
      expect(e.file).toBe('observations/x.csv');
      expect(e.line).toBe(1);
      expect(e.message).toMatch(/not commas; expected a comma-separated CSV file/);
    });
  }

  it('accepts commas, and semicolons inside quotes or cells', () => {
    expect(() => assertCommaSeparated('x.csv', 'a,b,"c;d;e;f"\n')).not.toThrow();
    expect(() => assertCommaSeparated('x.csv', 'code,name,note;x\n')).not.toThrow();
  });

  it('stops an observation file exported with semicolons and decimal commas', async () => {
    const dir = folder({
      'observations/eu.csv':
        'station_code;time;pm25;pm10;so2;no2;co;o3\nXP001;2025-01-01T01:00:00+08:00;12,5;30;5;20;0,7;52\n',
    });
    await expect(
      readObservationFile(join(dir, 'observations/eu.csv'), 'observations/eu.csv', () => {
        throw new Error('no format should open');
      }),
    ).rejects.toThrow(/observations\/eu\.csv, line 1: the header is separated by semicolons/);
  });

  it('stops a hand-kept table (stations.csv) separated by tabs', () => {
    const dir = folder({ 'stations.csv': 'code\tname_zh\nA\t站\n' });
    const e = thrown(() =>
      readTable(
        join(dir, 'stations.csv'),
        'stations.csv',
        ['code'],
        z.object({ code: z.string() }),
      ),
    );
    expect(e.message).toContain('separated by tabs');
  });
});

describe('a UTF-8 BOM in JSON', () => {
  it('site.json saved with a BOM loads like the same file without one', async () => {
    const { loadSite } = await import('../../../../src/records/site.ts');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('data/site.json', 'utf8');
    const withBom = folder({ 'site.json': `\uFEFF${text}` });
    expect(loadSite(withBom)).toEqual(loadSite('data'));
  });
});
