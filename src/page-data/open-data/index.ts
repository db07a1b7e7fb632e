// What the rest of the site may import from the open-data family (pages, components, publish).
export * from './schema.ts';
export * from './text.ts';
