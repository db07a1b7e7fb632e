// What the rest of the site may import from the gallery family (pages, components, publish).
export * from './schema.ts';
export * from './embed.ts';
export * from './preview.ts';
export * from './text.ts';
