import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { firstInvalidControl, issueCode, issuesToFieldErrors, renameFields } from './field-errors';

const translate = (code: string, values?: Record<string, number>) =>
  values ? `${code}:${JSON.stringify(values)}` : code;

const schema = z
  .object({
    name: z.string().trim().min(1).max(5),
    code: z.string().regex(/^[A-Z]+$/, 'invalid_coupon_code'),
    email: z.email(),
    count: z.coerce.number().int().min(2).max(9),
    kind: z.enum(['a', 'b']),
    tags: z.array(z.string()).min(1),
    installments: z.object({ max: z.number() }),
    from: z.number(),
    to: z.number(),
  })
  .refine((v) => v.to > v.from, { path: ['to'], message: 'ends_before_start' });

const errorsFor = (input: unknown, rename?: Record<string, string>) => {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('expected invalid input');
  return issuesToFieldErrors(parsed.error.issues, translate, rename && renameFields(rename));
};

const valid = {
  name: 'Ana',
  code: 'ABC',
  email: 'a@b.co',
  count: '3',
  kind: 'a',
  tags: ['x'],
  installments: { max: 3 },
  from: 1,
  to: 2,
};

describe('issuesToFieldErrors', () => {
  it('names each broken field with a code derived from the issue kind and its bound', () => {
    const errors = errorsFor({
      ...valid,
      name: '  ',
      email: 'nope',
      count: '42',
      kind: 'z',
      tags: [],
    });
    expect(errors).toEqual({
      name: ['required'],
      email: ['invalid_email'],
      count: ['max_value:{"max":9}'],
      kind: ['invalid_choice'],
      tags: ['min_items:{"min":1}'],
    });
  });

  it("keeps a schema's own code and puts refinements on the path they name", () => {
    expect(errorsFor({ ...valid, code: 'abc', from: 5, to: 1 })).toEqual({
      code: ['invalid_coupon_code'],
      to: ['ends_before_start'],
    });
  });

  it('reports string lengths as characters and missing values as required', () => {
    expect(errorsFor({ ...valid, name: 'toolong' }).name).toEqual(['max_chars:{"max":5}']);
    const { from } = errorsFor({ ...valid, from: undefined });
    expect(from).toEqual(['required']);
    expect(errorsFor({ ...valid, count: 'x' }).count).toEqual(['invalid']);
  });

  it('maps nested paths to the input names the form uses', () => {
    const errors = errorsFor(
      { ...valid, installments: { max: 'x' } },
      { 'installments.max': 'maxInstallments' },
    );
    expect(errors).toEqual({ maxInstallments: ['invalid'] });
  });

  it('puts issues about the whole value on "form" and does not repeat a message', () => {
    const issues = [
      { path: [], message: 'invalid' },
      { path: ['a'], message: 'required' },
      { path: ['a'], message: 'required' },
    ];
    expect(issuesToFieldErrors(issues, translate)).toEqual({ form: ['invalid'], a: ['required'] });
  });
});

describe('issueCode', () => {
  it('treats a human sentence as zod text, not as a code', () => {
    expect(
      issueCode({
        path: ['x'],
        message: 'Too small: expected 3',
        code: 'too_small',
        origin: 'number',
        minimum: 3,
      }),
    ).toEqual({ code: 'min_value', values: { min: 3 } });
    expect(issueCode({ path: ['x'], message: 'letters only', code: 'custom' })).toEqual({
      code: 'invalid',
    });
  });
});

describe('firstInvalidControl', () => {
  const controls = [
    { name: 'version', type: 'hidden' },
    { name: 'storeName', type: 'text' },
    { name: 'email', type: 'email' },
    { name: 'maxInstallments', type: 'text' },
  ];

  it('picks the first invalid control in form order, not in error order', () => {
    expect(firstInvalidControl(controls, { maxInstallments: ['x'], email: ['y'] })).toBe(2);
  });

  it('skips hidden inputs and answers -1 when no control has an error', () => {
    expect(firstInvalidControl(controls, { version: ['stale'] })).toBe(-1);
    expect(firstInvalidControl(controls, {})).toBe(-1);
  });
});
