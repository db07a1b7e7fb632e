/**
 * The observation formats the ingest reads, in detection order, and what the rest of the site
 * asks of them (ids, detection with a clear error). A new format is one file beside this one and
 * one line in OBSERVATION_FORMATS (src/records/README.md, data/README.md).
 */
import { IngestError } from '../errors.ts';
import { cnemcDailyWide } from './cnemc-daily-wide.ts';
import { cnemcHourlySnapshot } from './cnemc-hourly-snapshot.ts';
import { countyHourly } from './county-hourly.ts';
import type { ObservationFormat } from './format.ts';
import { openAqArchive } from './openaq-archive.ts';

/** Every supported format; a header is the first one's whose detect() accepts it. */
export const OBSERVATION_FORMATS = [
  cnemcDailyWide,
  cnemcHourlySnapshot,
  openAqArchive,
  countyHourly,
] as const;

export type FormatId = (typeof OBSERVATION_FORMATS)[number]['id'];

/** The format ids, for schemas (`z.enum(FORMATS)`) and site.json. */
export const FORMATS = OBSERVATION_FORMATS.map((f) => f.id) as unknown as readonly [
  FormatId,
  ...FormatId[],
];

/**
 * The format of a header (trimmed cells), or an IngestError: no format matches (the error lists
 * them all), or the format's required column is missing (the error names it).
 */
export function formatOfHeader(
  header: readonly string[],
  file: string,
): ObservationFormat<FormatId> {
  const format = OBSERVATION_FORMATS.find((f) => f.detect(header));
  if (format === undefined) {
    const shown = header.slice(0, 8).join(',') + (header.length > 8 ? ',…' : '');
    throw new IngestError(
      file,
      1,
      null,
      `unknown format: the header "${shown}" matches none of the supported formats: ${OBSERVATION_FORMATS.map((f) => f.description).join('; ')}`,
    );
  }
  const gap = format.missing(header);
  if (gap !== undefined) {
    throw new IngestError(
      file,
      1,
      gap,
      `missing required column "${gap}" for the ${format.description} format`,
    );
  }
  return format;
}

/** The id of a header's format (see formatOfHeader). */
export function detectFormat(header: readonly string[], file: string): FormatId {
  return formatOfHeader(header, file).id;
}

export { parseValue, toSiteUnit, PLAUSIBLE_MAX, MOLAR_VOLUME_L } from './cells.ts';
export { SNAPSHOT_COLUMNS } from './cnemc-hourly-snapshot.ts';
export type {
  FileSink,
  ObservationFormat,
  PublishedReference,
  RowHandler,
  SpanReader,
} from './format.ts';
