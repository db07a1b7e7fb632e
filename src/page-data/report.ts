/**
 * Page data of the reporting page (/report/): which channels to show at `asOf`, in a fixed order,
 * and what the page must say is missing. Text that is the same for every county is in
 * report-text.ts; everything county- or province-specific comes from the data folder.
 */
import type { Reporting, ReportingChannel } from '../records/reporting.ts';

const ORDER: Readonly<Record<ReportingChannel['kind'], number>> = {
  phone: 0,
  online: 1,
  wechat: 2,
  local: 3,
  inspection: 4,
};

export interface ReportPageData {
  readonly channels: readonly ReportingChannel[];
  /** Temporary channels whose period has ended (listed as closed, never as open). */
  readonly closed: readonly ReportingChannel[];
  readonly form: Reporting['form'];
  readonly hostLogging: Reporting['hostLogging'];
  readonly notes: Reporting['notes'];
  /** True when the data folder lists no sourced local (county) channel. */
  readonly noLocalChannel: boolean;
}

/** Is a channel open on `date` (YYYY-MM-DD)? Channels without a period are always open. */
export function isOpen(c: ReportingChannel, date: string | null): boolean {
  if (date === null) return c.validTo === undefined;
  if (c.validFrom !== undefined && date < c.validFrom) return false;
  if (c.validTo !== undefined && date > c.validTo) return false;
  return true;
}

export function buildReportPage(reporting: Reporting, asOfDate: string | null): ReportPageData {
  const sorted = [...reporting.channels].sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id),
  );
  return {
    channels: sorted.filter((c) => isOpen(c, asOfDate)),
    closed: sorted.filter((c) => !isOpen(c, asOfDate)),
    form: reporting.form,
    hostLogging: reporting.hostLogging,
    notes: reporting.notes,
    noLocalChannel: !sorted.some((c) => c.kind === 'local'),
  };
}
