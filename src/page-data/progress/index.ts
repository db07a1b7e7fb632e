// What the rest of the site may import from the progress family (pages, components, publish).
export * from './schema.ts';
export * from './build.ts';
export * from './charts.ts';
export * from './text.ts';
export * from './headline-text.ts';
export * from './values.ts';
