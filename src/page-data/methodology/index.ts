// What the rest of the site may import from the methodology family (pages, components, publish).
export * from './build.ts';
export * from './examples.ts';
export * from './schema.ts';
export * from './text-kit.ts';
export * from './text.ts';
