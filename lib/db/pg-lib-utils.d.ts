declare module 'pg/lib/utils' {
  /** node-pg's conversion of a query parameter to what it sends: text for Dates, arrays, objects… */
  export function prepareValue(value: unknown): unknown;
}
