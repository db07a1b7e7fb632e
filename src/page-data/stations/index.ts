// What the rest of the site may import from the stations family (pages, components, publish).
export * from './schema.ts';
export * from './build.ts';
export * from './charts.ts';
export * from './map.ts';
export * from './geo.ts';
export * from './views.ts';
export * from './text.ts';
