// What the rest of the site may import from the site family (pages, components, publish).
export * from './schema.ts';
export * from './chart-meta.ts';
