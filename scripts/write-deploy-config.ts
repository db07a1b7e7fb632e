// Regenerates deploy/nginx.conf and deploy/Caddyfile from src/security/headers.ts.
// A unit test fails when the committed files drift from the source.
import { writeFileSync } from 'node:fs';
import { renderCaddyfile, renderNginx } from '../src/security/headers.ts';

writeFileSync('deploy/nginx.conf', renderNginx());
writeFileSync('deploy/Caddyfile', renderCaddyfile());
console.log('wrote deploy/nginx.conf and deploy/Caddyfile');
