import type { common as en } from '../../en/reports/common.ts';
import type { Mirror } from '../../mirror.ts';

/** 各分析报告通用的词。 */
export const common = {
  yes: '是',
  no: '**否**',
  none: '无',
  pass: '合格',
  fail: '**不合格**',
  chartDate: '日期',
  chartCase: '情形',
  chartCategory: '用户类别',
  chartDateFormat: '%m月%d日',
} as const satisfies Mirror<typeof en>;
