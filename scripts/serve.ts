// Serve the built site on http://127.0.0.1:4321 with the shipped headers (npm run serve).
import { resolve } from 'node:path';
import { startStaticServer } from '../src/server/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const site = await startStaticServer(resolve('dist'), port);
console.log(`Serving dist/ at ${site.url}/ (Ctrl-C to stop)`);
