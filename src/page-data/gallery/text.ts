/**
 * The chart gallery's own UI texts (Chinese first, English second), kept here rather than in
 * src/i18n/strings.ts so that parallel features do not collide in one table.
 */
import { byKey } from '../../i18n/text.ts';

export const GALLERY_TEXT = byKey({
  previewAlt: { zh: '图表预览：{title}', en: 'Preview of the chart: {title}' },
});
