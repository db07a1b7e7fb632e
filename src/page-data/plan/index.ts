// What the rest of the site may import from the plan family (pages, components, publish).
export * from './build.ts';
export * from './charts.ts';
export * from './schema.ts';
export * from './status.ts';
export * from './tables.ts';
export * from './text.ts';
