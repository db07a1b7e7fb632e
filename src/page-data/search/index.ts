// What the rest of the site may import from the search family (pages, components, publish).
export * from './text.ts';
export * from './name.ts';
