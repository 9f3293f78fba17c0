/** Words every notebook report uses, in English. */
export const common = {
  yes: 'yes',
  no: '**no**',
  none: 'none',
  pass: 'pass',
  fail: '**fail**',
  chartDate: 'Date',
  chartCase: 'Case',
  chartCategory: 'Category',
  chartDateFormat: '%d %b',
} as const;
