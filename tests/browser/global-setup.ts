// Serves dist/ on 127.0.0.1 with the shipped headers for the browser tests.
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
  const site = await startStaticServer(resolve('dist'));
  project.provide('baseUrl', site.url);
  return () => site.close();
}
