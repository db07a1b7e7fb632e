// Bounds on every input (issue 21): a megabyte-long name made build:data run for 15 minutes, a
// megabyte-long rejected cell was copied whole into /data-quality/, a 200 MB file without line
// breaks was held whole in memory. Past each bound: one error naming file, line and column (or a
// cell set aside as too_long), quickly, with the offending value quoted short.
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readText, SniffingDecoder } from '../../../../src/records/decode.ts';
import { IngestError } from '../../../../src/records/errors.ts';
import {
  MAX_CELL_CHARS,
  MAX_LINE_BYTES,
  MAX_VALUE_CHARS,
  SHOWN_VALUE_CHARS,
  shownValue,
} from '../../../../src/records/limits.ts';
import { readObservationFile } from '../../../../src/records/observations/read-file.ts';
import { loadPlan, PlanDataError } from '../../../../src/records/plan/index.ts';
import { parseRankingsCsv } from '../../../../src/records/ranking/csv.ts';
import type { RankingDataIssue } from '../../../../src/records/ranking/index.ts';
import { readEnforcementFolder } from '../../../../src/records/enforcement/folder.ts';
import { fileDaySpan, UNKNOWN_SPAN } from '../../../../src/records/spans.ts';
import { loadSite } from '../../../../src/records/site.ts';
import { loadStations } from '../../../../src/records/stations.ts';
import { accounted, dataDir, run, station, STATIONS_HEADER } from '../helpers.ts';

const COUNTY = 'station,date,hour,pm2_5,pm10,so2,no2,co,o3';

async function thrownAsync(f: () => unknown): Promise<IngestError> {
  try {
    await f();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

const noOpen = (): never => {
  throw new Error('the header should have been refused');
};

describe('shownValue', () => {
  it('keeps short values and cuts long ones to 80 characters with their length', () => {
    expect(shownValue('12.5x')).toBe('12.5x');
    expect(shownValue('a'.repeat(SHOWN_VALUE_CHARS))).toBe('a'.repeat(SHOWN_VALUE_CHARS));
    expect(shownValue('b'.repeat(500))).toBe(`${'b'.repeat(80)}… (500 characters)`);
  });
  it('counts characters, not UTF-16 units, and never cuts a character in half', () => {
    const s = '😀'.repeat(100);
    expect(shownValue(s)).toBe(`${'😀'.repeat(80)}… (100 characters)`);
  });
});

describe('line length', () => {
  it('a file with no line break at all stops at line 1 after 1 MiB, naming the bound', async () => {
    const dir = dataDir({ 'observations/flat.csv': 'x'.repeat(MAX_LINE_BYTES + 10) });
    const e = await thrownAsync(() =>
      readObservationFile(join(dir, 'observations/flat.csv'), 'observations/flat.csv', noOpen),
    );
    expect(e.message).toMatch(
      /^observations\/flat\.csv, line 1: the line is longer than 1,048,576/,
    );
  });

  it('a long data row names its own line, also inside a gzip file', async () => {
    const body = `${COUNTY}\nA,2026-01-01,1,1,1,1,1,1,1\nA,2026-01-01,2,${'9'.repeat(MAX_LINE_BYTES)}\n`;
    const e = await thrownAsync(() =>
      run({ 'observations/long.csv.gz': gzipSync(body) }, [station('A')]),
    );
    expect(e.file).toBe('observations/long.csv.gz');
    expect(e.line).toBe(3);
  });

  it('the span pass gives up on a line past the bound instead of growing its buffer', async () => {
    const dir = dataDir({ 'observations/a.csv': `${COUNTY}\n${'1,'.repeat(MAX_LINE_BYTES)}\n` });
    const span = await fileDaySpan(join(dir, 'observations/a.csv'), 'observations/a.csv');
    expect(span).toEqual(UNKNOWN_SPAN);
    const gz = dataDir({ 'observations/a.csv.gz': gzipSync(`${COUNTY}\n${'7'.repeat(3 << 20)}`) });
    expect(await fileDaySpan(join(gz, 'observations/a.csv.gz'), 'a.csv.gz')).toEqual(UNKNOWN_SPAN);
  });

  it('lines just under the bound are read', () => {
    const d = new SniffingDecoder('ok.csv');
    const text = d.write(Buffer.from(`${'a'.repeat(MAX_LINE_BYTES)}\nb\n`), true);
    expect(text.length).toBe(MAX_LINE_BYTES + 3);
  });
});

describe('file size', () => {
  it('a decoded stream past its bound stops, naming the file', () => {
    const d = new SniffingDecoder('big.csv', 1000);
    d.write(Buffer.from('a\n'.repeat(400)), false);
    expect(() => d.write(Buffer.from('a\n'.repeat(200)), false)).toThrow(
      /^big\.csv: holds more bytes \(decompressed\); expected at most 1,000 bytes/,
    );
  });

  it('a table read whole is refused above 16 MiB on disk, before it is read', () => {
    const dir = dataDir({ 'stations.csv': `${STATIONS_HEADER}\n` });
    truncateSync(join(dir, 'stations.csv'), (16 << 20) + 1);
    expect(() => loadStations(dir)).toThrow(
      /^stations\.csv: holds 16,777,217 bytes \(decompressed\); expected at most 16,777,216/,
    );
  });

  it('a gzip table that inflates past 16 MiB is refused (a gzip bomb)', () => {
    const dir = dataDir({ 'published/x.csv.gz': gzipSync(Buffer.alloc(17 << 20, 0x61)) });
    expect(() => readText(join(dir, 'published/x.csv.gz'), 'published/x.csv.gz')).toThrow(
      /^published\/x\.csv\.gz: holds more bytes \(decompressed\)/,
    );
  });

  it('site.json above 16 MiB is refused with the bound', () => {
    const dir = dataDir({ 'site.json': '{}' });
    truncateSync(join(dir, 'site.json'), 20 << 20);
    expect(() => loadSite(dir)).toThrow(/^site\.json: holds 20,971,520 bytes/);
  });
});

describe('column count', () => {
  it('an observation header with 300 columns stops at line 1', async () => {
    const header = `${COUNTY},${Array.from({ length: 291 }, (_, i) => `extra${i}`).join(',')}`;
    const dir = dataDir({ 'observations/wide.csv': `${header}\n` });
    const e = await thrownAsync(() =>
      readObservationFile(join(dir, 'observations/wide.csv'), 'observations/wide.csv', noOpen),
    );
    expect(e.message).toBe(
      'observations/wide.csv, line 1: the header has 300 columns; expected at most 256 for this kind of file',
    );
  });

  it('a daily wide file may have 4,096 columns, not 4,097', async () => {
    const codes = (n: number): string =>
      Array.from({ length: n }, (_, i) => `${1000 + i}A`).join(',');
    const dir = dataDir({
      'observations/ok.csv': `date,hour,type,${codes(4093)}\n`,
      'observations/no.csv': `date,hour,type,${codes(4094)}\n`,
    });
    let opened = 0;
    await readObservationFile(join(dir, 'observations/ok.csv'), 'ok.csv', () => {
      opened++;
      return {
        handler: {
          fields: 4096,
          cellsPerRow: 0,
          row: () => undefined,
          rejectRow: () => undefined,
        },
        tally: { rows: 0, read: 0, blankLines: 0, endsWithoutLineBreak: false, encoding: 'ascii' },
      };
    });
    expect(opened).toBe(1);
    const e = await thrownAsync(() =>
      readObservationFile(join(dir, 'observations/no.csv'), 'no.csv', noOpen),
    );
    expect(e.message).toContain('the header has 4097 columns; expected at most 4096');
  });
});

describe('text fields', () => {
  const stationsWith = (row: string): string =>
    dataDir({ 'stations.csv': `${STATIONS_HEADER}\n${row}\n` });
  const row = (name: string, source = 'test'): string =>
    `A1,${name},Test,114,33.4,county,yes,2020-01-01,,${source}`;

  it('a station name of 200 characters is read; 201 is refused with line and column', () => {
    expect(loadStations(stationsWith(row('站'.repeat(200))))[0]?.name_zh).toHaveLength(200);
    expect(() => loadStations(stationsWith(row('站'.repeat(201))))).toThrow(
      /^stations\.csv, line 2, column name_zh: expected a name of at most 200 characters \(found "站{80}… \(201 characters\)"\)$/,
    );
  });

  it('a 64 KiB name (123 s of build before) is refused at once, quoted short', () => {
    const started = process.hrtime.bigint();
    let message = '';
    try {
      loadStations(stationsWith(row('x'.repeat(64 << 10))));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^stations\.csv, line 2, column name_zh: expected at most 4096/);
    expect(message.length).toBeLessThan(300);
    // a bound, not a benchmark: the old regex-first path took minutes
    expect(Number(process.hrtime.bigint() - started) / 1e9).toBeLessThan(5);
  });

  it('a station source of more than 1,024 characters is refused', () => {
    expect(() => loadStations(stationsWith(row('站', 's'.repeat(1025))))).toThrow(
      /column source: expected a source of at most 1024 characters/,
    );
  });

  it('a plan cell past 4,096 characters is one issue naming line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounds-plan-'));
    cpSync('data/plan', join(dir, 'plan'), { recursive: true });
    const file = join(dir, 'plan', 'sections.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = (lines[1] as string).split(',');
    cells[cells.length - 1] = 'y'.repeat(MAX_CELL_CHARS + 1);
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    let err: unknown;
    try {
      loadPlan(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PlanDataError);
    const issue = (err as PlanDataError).issues.find((i) => i.file === 'plan/sections.csv');
    expect(issue).toMatchObject({
      line: 2,
      column: cells.length,
      expected: `expected at most 4096 characters, found ${MAX_CELL_CHARS + 1}`,
      value: `${'y'.repeat(80)}… (4097 characters)`,
    });
  });

  it('a ranking cell past 4,096 characters is an issue, quoted short', () => {
    const text = readFileSync('data/ranking/rankings.csv', 'utf8');
    const lines = text.split('\n');
    lines[1] = `${lines[1] as string}${'z'.repeat(MAX_CELL_CHARS)}`;
    const issues: RankingDataIssue[] = [];
    parseRankingsCsv(lines.join('\n'), 'ranking/rankings.csv', issues);
    const long = issues.find((i) => i.expected.startsWith('expected at most 4096'));
    expect(long).toMatchObject({ file: 'ranking/rankings.csv', line: 2 });
    expect(long?.value.length).toBeLessThan(120);
  });

  it('an enforcement cell past 4,096 characters is refused, its value withheld', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bounds-enf-'));
    cpSync('data/enforcement', join(dir, 'enforcement'), { recursive: true });
    const file = join(dir, 'enforcement', 'townships.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = (lines[1] as string).split(',');
    cells[1] = '镇'.repeat(MAX_CELL_CHARS + 1);
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    await expect(readEnforcementFolder(dir)).rejects.toThrow(
      /townships\.csv:2:2 \(\w+\): expected at most 4096 characters, found 4097/,
    );
  });
});

describe('rejected values are published short', () => {
  it('a value cell past 1,024 characters is set aside as too_long, every cell accounted', async () => {
    const huge = '1'.repeat(MAX_VALUE_CHARS + 1);
    const r = await run(
      { 'observations/a.csv': `${COUNTY}\nA,2026-01-01,1,${huge},20,5,10,0.5,60\n` },
      [station('A')],
    );
    const f = r.report.files[0];
    expect(f?.rejected).toBe(1);
    expect(f === undefined ? -1 : accounted(f)).toBe(f?.read);
    expect(r.rejections).toEqual([
      {
        file: 'observations/a.csv',
        line: '2',
        column: 'pm2_5',
        value: `${'1'.repeat(80)}… (1025 characters)`,
        reason: 'too_long',
        cells: '1',
      },
    ]);
    const summary = r.report.reasons.find((s) => s.reason === 'too_long');
    expect(summary?.examples[0]?.value).toBe(`${'1'.repeat(80)}… (1025 characters)`);
  });

  it('a long non-number is set aside with its reason and published cut to 80 characters', async () => {
    const junk = `<script>${'x'.repeat(500)}`;
    const r = await run(
      { 'observations/a.csv': `${COUNTY}\nA,2026-01-01,1,${junk},20,5,10,0.5,60\n` },
      [station('A')],
    );
    expect(r.rejections[0]?.reason).toBe('not_a_number');
    expect(r.rejections[0]?.value).toBe(`${junk.slice(0, 80)}… (508 characters)`);
    expect(r.report.reasons[0]?.examples[0]?.value).toHaveLength(80 + '… (508 characters)'.length);
  });
});
