// What the rest of the site may import from the report family (pages, components, publish).
export * from './schema.ts';
export * from './build.ts';
export * from './text.ts';
