import { describe, expect, it } from 'vitest';
import { issuesToFieldErrors } from '@/lib/forms/field-errors';
import {
  courierFieldName,
  courierFormInput,
  makeCourierInputSchema,
  makeNewCourierSchema,
} from './courier-form';

const KINDS = ['bicycle', 'motorcycle'] as const;
const STATUSES = ['off', 'available'] as const;

function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(values))
    (Array.isArray(v) ? v : [v]).forEach((x) => data.append(k, x));
  return data;
}

const errorsOf = (schema: ReturnType<typeof makeCourierInputSchema>, input: unknown) =>
  issuesToFieldErrors(schema.safeParse(input).error?.issues ?? [], (c) => c, courierFieldName);

describe('courier form schema (browser and server)', () => {
  it('reads kg and HH:MM into grams and minutes, 23:59 meaning the end of the day', () => {
    const parsed = makeCourierInputSchema(KINDS, STATUSES).parse(
      courierFormInput(
        form({
          firstName: ' Caio ',
          vehicleKind: 'bicycle',
          capacityKg: '12,5',
          shiftStart: '08:00',
          shiftEnd: '23:59',
          weekdays: ['1', '5'],
        }),
      ),
    );
    expect(parsed).toMatchObject({
      firstName: 'Caio',
      capacityGrams: 12_500,
      shiftStartMinute: 480,
      shiftEndMinute: 1440,
      weekdays: [1, 5],
      status: 'off',
    });
  });

  it('names the inputs the operator typed in, not the stored columns', () => {
    const schema = makeCourierInputSchema(KINDS, STATUSES);
    const input = courierFormInput(
      form({
        firstName: 'Caio',
        vehicleKind: 'truck',
        capacityKg: '0',
        shiftStart: '18:00',
        shiftEnd: '08:00',
      }),
    );
    expect(errorsOf(schema, input)).toEqual({
      vehicleKind: ['invalid_choice'],
      capacityKg: ['min_value'],
      weekdays: ['min_items'],
    });
    expect(
      errorsOf(schema, { ...input, vehicleKind: 'bicycle', capacityGrams: 1000, weekdays: [1] }),
    ).toEqual({
      shiftEnd: ['shift_end_before_start'],
    });
  });

  it('adding a courier also needs a valid e-mail', () => {
    const schema = makeNewCourierSchema(KINDS, STATUSES);
    const input = courierFormInput(
      form({
        firstName: 'Caio',
        vehicleKind: 'bicycle',
        capacityKg: '10',
        shiftStart: '08:00',
        shiftEnd: '18:00',
        weekdays: '1',
      }),
    );
    const parsed = schema.safeParse({ ...input, email: 'caio@' });
    expect(issuesToFieldErrors(parsed.error!.issues, (c) => c, courierFieldName)).toEqual({
      email: ['invalid_email'],
    });
  });
});
