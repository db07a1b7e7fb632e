// The enforcement pages' data, read once from .generated/ through the schema that wrote it.
import { readGenerated } from '../../lib/generated.ts';
import { ENFORCEMENT_DOC, type EnforcementPageData } from '../../page-data/enforcement/build.ts';

export function enforcementData(): EnforcementPageData {
  return readGenerated(ENFORCEMENT_DOC);
}
