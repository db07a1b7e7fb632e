// What the rest of the site may import from the quality family (pages, components, publish).
export * from './schema.ts';
export * from './build.ts';
export * from './text.ts';
