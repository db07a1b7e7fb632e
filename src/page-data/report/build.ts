/**
 * Page data of the reporting page (/report/): which channels to show at `asOf`, in a fixed order,
 * and what the page must say is missing. Text that is the same for every county is in
 * text.ts; everything county- or province-specific comes from site.json.
 */
import type { Site } from '../../records/site.ts';
import type { ReportPageData } from './schema.ts';

type Channel = Site['reporting']['channels'][number];

const ORDER: Readonly<Record<Channel['kind'], number>> = {
  phone: 0,
  online: 1,
  wechat: 2,
  local: 3,
  inspection: 4,
};

/** Is a channel open on `date` (YYYY-MM-DD)? Channels without a period are always open. */
export function isOpen(c: Channel, date: string | null): boolean {
  if (date === null) return c.valid_to === undefined;
  if (c.valid_from !== undefined && date < c.valid_from) return false;
  if (c.valid_to !== undefined && date > c.valid_to) return false;
  return true;
}

export function buildReportPage(
  site: Pick<Site, 'reporting' | 'deployment'>,
  asOfDate: string | null,
): ReportPageData {
  const sorted = [...site.reporting.channels].sort(
    (a, b) => ORDER[a.kind] - ORDER[b.kind] || a.id.localeCompare(b.id),
  );
  const { form_url, form_operator } = site.reporting;
  return {
    channels: sorted.filter((c) => isOpen(c, asOfDate)),
    closed: sorted.filter((c) => !isOpen(c, asOfDate)),
    form:
      form_url !== undefined && form_operator !== undefined
        ? { url: form_url, operator: form_operator }
        : null,
    hostLogging: site.deployment.host_logs_statement,
    noLocalChannel: !sorted.some((c) => c.kind === 'local'),
  };
}
