// Every open-data file that build:data staged under .generated/public/ is emitted by Astro itself,
// so `astro build` (which empties dist/ first) writes it.
import type { APIRoute } from 'astro';
import { publicFiles, readPublicFile } from '../lib/generated.ts';

export function getStaticPaths() {
  return publicFiles().map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const body = readPublicFile(String(params.file));
  return new Response(new Uint8Array(body));
};
