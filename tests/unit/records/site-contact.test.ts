// site.json `contact` (decision 019) and the reporting channels' anonymity and entry fields:
// a malformed value stops the build with the file and the field named.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSite } from '../../../src/records/site.ts';

const bundled = JSON.parse(readFileSync('data/site.json', 'utf8')) as Record<string, unknown>;

/** A copy of the bundled file with the value at `path` set (or, with `undefined`, deleted). */
function edited(path: readonly (string | number)[], value: unknown): string {
  const copy = structuredClone(bundled);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return JSON.stringify(copy);
}

describe('site.json contact', () => {
  it('accepts the bundled contact, marked as an example', () => {
    expect(parseSite(JSON.stringify(bundled)).contact).toEqual({
      email: 'corrections@xiping-air.example.org',
      repository: 'https://git.example.org/xiping-air',
      example: true,
    });
  });

  it('accepts an e-mail address alone and a repository alone', () => {
    const contact = bundled.contact as Record<string, unknown>;
    expect(parseSite(edited(['contact', 'repository'], undefined)).contact.email).toBe(
      contact.email,
    );
    expect(parseSite(edited(['contact', 'email'], undefined)).contact.repository).toBe(
      contact.repository,
    );
  });

  it.each([
    ['a missing contact', ['contact'], undefined, /^site\.json: field "contact": /],
    [
      'an address without @',
      ['contact', 'email'],
      'corrections.example.org',
      /^site\.json: field "contact\.email": expected an e-mail address/,
    ],
    [
      'an address with a space',
      ['contact', 'email'],
      'corrections @example.org',
      /^site\.json: field "contact\.email": expected an e-mail address/,
    ],
    [
      'a repository that is not a URL',
      ['contact', 'repository'],
      'git.example.org/xiping-air',
      /^site\.json: field "contact\.repository": /,
    ],
    [
      'a plain-http repository',
      ['contact', 'repository'],
      'http://git.example.org/xiping-air',
      /^site\.json: field "contact\.repository": expected an https: address/,
    ],
    [
      'a javascript: repository',
      ['contact', 'repository'],
      'javascript:alert(1)',
      /^site\.json: field "contact\.repository": /,
    ],
    [
      'neither address nor repository',
      ['contact'],
      { example: false },
      /^site\.json: field "contact\.email": expected an email, a repository, or both/,
    ],
    [
      'no example flag',
      ['contact', 'example'],
      undefined,
      /^site\.json: field "contact\.example": /,
    ],
    [
      'an unknown key',
      ['contact', 'phone'],
      '12345',
      /^site\.json: field "contact": Unrecognized key: "phone"/,
    ],
  ])('rejects %s, naming the field', (_name, path, value, message) => {
    expect(() => parseSite(edited(path, value))).toThrow(message);
  });
});

describe('site.json reporting channels: anonymity and entry', () => {
  it('rejects an anonymity statement without a source, and an entry that is not a URL', () => {
    expect(() =>
      parseSite(
        edited(['reporting', 'channels', 0, 'anonymity'], {
          statement: { zh: '可以匿名', en: 'anonymous' },
        }),
      ),
    ).toThrow(/^site\.json: field "reporting\.channels\.0\.anonymity\.source": /);
    expect(() =>
      parseSite(
        edited(['reporting', 'channels', 1, 'entry'], {
          name: { zh: '生态环境部网站', en: 'Ministry website' },
          url: 'www.mee.gov.cn',
        }),
      ),
    ).toThrow(/^site\.json: field "reporting\.channels\.1\.entry\.url": /);
  });

  it('gives every bundled channel an anonymity statement with a cited source', () => {
    const site = parseSite(JSON.stringify(bundled));
    for (const c of site.reporting.channels) {
      expect(c.anonymity, c.id).toBeDefined();
      expect(c.anonymity?.source.title.zh.length, c.id).toBeGreaterThan(4);
    }
    // Nothing found says 12345 takes anonymous calls: it stays "not verified".
    const hotline = site.reporting.channels.find((c) => c.id === 'phone-12345');
    expect(hotline?.anonymous).toBe('unknown');
    expect(hotline?.anonymity?.statement.zh).toContain('未核实');
  });

  it('starts the Ministry online section from the Ministry website, not an unverified address', () => {
    const online = parseSite(JSON.stringify(bundled)).reporting.channels.find(
      (c) => c.id === 'mee-online',
    );
    expect(online?.entry?.url).toBe('https://www.mee.gov.cn/');
    expect(online?.url).toBeUndefined();
  });
});
