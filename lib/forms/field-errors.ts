/**
 * Zod issues → the form's inline errors, shared by the browser (before submitting) and server
 * actions (the authority), so both speak the same field names and the same translated messages.
 * Pure: no React, no server-only imports, safe in any bundle.
 */

/** Field name (as the input's `name`) → translated messages; the field shows the first. */
export type FieldErrors = Record<string, string[]>;

/** The part of a zod issue this module reads (zod 4 issues satisfy it). */
export type IssueLike = {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly format?: string;
};

export type ErrorCode = { code: string; values?: Record<string, number> };
export type Translate = (code: string, values?: Record<string, number>) => string;

/** Schemas in this app use snake_case codes as messages; anything else is a zod default. */
const CODE = /^[a-z][a-z0-9_]*$/;

const num = (value: unknown) => (typeof value === 'bigint' ? Number(value) : Number(value));

/**
 * The stable code for one issue: the schema's own code when it set one ("invalid_slug"),
 * otherwise one derived from zod's issue kind, with the bound it broke (min/max) for the text.
 * Derived codes with a bound have their own names (min_chars, max_value…) so a schema's bare
 * "too_long" never meets a message that expects a {max}.
 */
export function issueCode(issue: IssueLike): ErrorCode {
  if (CODE.test(issue.message)) return { code: issue.message };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string')
        return num(issue.minimum) <= 1
          ? { code: 'required' }
          : { code: 'min_chars', values: { min: num(issue.minimum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'min_items', values: { min: num(issue.minimum) } };
      return { code: 'min_value', values: { min: num(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return { code: 'max_chars', values: { max: num(issue.maximum) } };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'max_items', values: { max: num(issue.maximum) } };
      return { code: 'max_value', values: { max: num(issue.maximum) } };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'invalid_email' : 'invalid_format' };
    case 'invalid_type':
      return { code: /received (undefined|null)$/.test(issue.message) ? 'required' : 'invalid' };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    case 'not_multiple_of':
      return { code: 'invalid' };
    default:
      return { code: 'invalid' };
  }
}

/**
 * Maps issues to field errors. `fieldName` turns an issue path ("installments.maxInstallments")
 * into the input's name ("maxInstallments") where the form and the schema differ; issues about
 * the whole value land on "form".
 */
export function issuesToFieldErrors(
  issues: readonly IssueLike[],
  translate: Translate,
  fieldName: (path: string) => string = (path) => path,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const name = path ? fieldName(path) : 'form';
    const { code, values } = issueCode(issue);
    const text = translate(code, values);
    const list = (errors[name] ??= []);
    if (!list.includes(text)) list.push(text);
  }
  return errors;
}

/** A rename table as a `fieldName` function (unlisted paths keep their name). */
export function renameFields(table: Record<string, string>): (path: string) => string {
  return (path) => table[path] ?? path;
}

/**
 * The first control, in the form's own order, that has an error: the one focus moves to, so a
 * keyboard or screen-reader user lands on what to fix.
 */
export function firstInvalidControl(
  controls: Iterable<{ name?: string; type?: string }>,
  errors: FieldErrors,
): number {
  let index = 0;
  for (const control of controls) {
    if (control.name && control.type !== 'hidden' && errors[control.name]?.length) return index;
    index++;
  }
  return -1;
}
