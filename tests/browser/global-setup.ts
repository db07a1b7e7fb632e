// Serves dist/ on 127.0.0.1 with the shipped headers for the browser tests.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../src/server/static-server.ts';
import { assertBuilt } from '../lib/dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertBuilt();
  // Without a CJK font Chinese renders as empty boxes and nothing else would fail.
  let zhFonts = '';
  try {
    zhFonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    zhFonts = '';
  }
  if (zhFonts.trim() === '') {
    throw new Error(
      'No CJK font found (fc-list :lang=zh is empty): apt-get install fonts-wqy-microhei',
    );
  }
  const site = await startStaticServer(resolve('dist'));
  project.provide('baseUrl', site.url);
  return () => site.close();
}
