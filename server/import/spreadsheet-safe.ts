// Formula injection: a spreadsheet runs a cell that starts with = + - @ (or tab / carriage return) as a
// formula. Exported text cells get a leading apostrophe, which spreadsheets show as text; numbers stay as they
// are (a negative coordinate is not a formula). The importer strips that apostrophe again, so CSV round-trips.
const dangerous = /^[=+\-@\t\r]/;
const plainNumber = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function neutralise(cell: string): string {
  return dangerous.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
}

export function unneutralise(cell: string): string {
  return cell.startsWith("'") && dangerous.test(cell.slice(1)) && !plainNumber.test(cell.slice(1))
    ? cell.slice(1)
    : cell;
}
