/** Spreadsheets both ways: a scenario to and from a workbook, a result as a workbook (exceljs, loaded on first use). */
export { scenarioToXlsx, scenarioToWorkbook } from './export.ts';
export { scenarioFromXlsx, scenarioFromWorkbook } from './import.ts';
export { resultToXlsx, resultToWorkbook } from './results.ts';
