// Fictitious enforcement records shared by the page-data tests (enforcement, feature charts).
import type { BurningPoint, EnforcementCase } from '../../../../src/records/enforcement/index.ts';

export const TOWNSHIPS = [
  { id: 'sample-east', zh: '示例东乡（虚构）', en: 'Sample East (fictitious)', sample: true },
  { id: 'sample-west', zh: '示例西镇（虚构）', en: 'Sample West (fictitious)', sample: true },
];

let n = 0;
export function kase(over: Partial<EnforcementCase> = {}): EnforcementCase {
  n++;
  return {
    slug: `sample-${n}`,
    decisionNo: `示例环罚〔2025〕${String(n).padStart(3, '0')}号`,
    decisionDate: '2025-03-01',
    entityId: 'sample-a',
    entityName: '示例建材有限公司（虚构）',
    entityType: 'enterprise',
    creditCode: '91000000000000001N',
    township: 'sample-east',
    category: 'exceeding-limits',
    legalBasis: '第九十九条',
    measures: ['fine'],
    penaltyFen: 10_000_00,
    rectificationStatus: 'not-applicable',
    rectificationDate: null,
    source: { url: 'https://example.org/sample', insecure: false },
    publishedDate: '2025-03-02',
    publicityEndDate: null,
    revokedDate: null,
    revocationNote: null,
    revocationNoteEn: null,
    typical: false,
    summary: '',
    summaryEn: '',
    sample: true,
    line: n + 1,
    ...over,
  };
}

export const pt = (over: Partial<BurningPoint>): BurningPoint => ({
  date: '2025-06-01',
  township: 'sample-east',
  kind: 'straw',
  points: 1,
  deductionCny: 500_000,
  source: null,
  note: '',
  noteEn: '',
  sample: true,
  ...over,
});
