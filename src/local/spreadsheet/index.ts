// In-memory SpreadsheetApp: strict where the real service is strict (shapes, bounds, typed
// input, data validation), so a bug that would hit a real user fails a test here first.
// One module per object (cells, validation, charts, protection, range, sheet, spreadsheet);
// importers use this index.
export { a1, columnLetter, isDate, type Cell } from './cells';
export { DataValidation, DataValidationBuilder } from './validation';
export { FakeEmbeddedChart, FakeEmbeddedChartBuilder, type ChartSpec } from './charts';
export { Protection } from './protection';
export { FakeRange } from './range';
export { FakeSheet } from './sheet';
export { FakeSpreadsheet, type SheetsContext, type Toast } from './spreadsheet';
