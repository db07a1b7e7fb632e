// What the rest of the site may import from the enforcement family (pages, components, publish).
export * from './build.ts';
export * from './charts.ts';
export * from './pages.ts';
export * from './schema.ts';
export * from './tables.ts';
export * from './text.ts';
export * from './gloss.ts';
