import { z } from 'zod';

/**
 * The courier schema, shared by the browser form (inline errors before sending) and the server
 * (the authority). Built from the enum values so the browser bundle needs no drizzle tables:
 * the server passes the schema's own `vehicleKinds` / `courierStatuses`.
 */
export function makeCourierInputSchema<K extends string, S extends string>(
  vehicleKinds: readonly [K, ...K[]],
  courierStatuses: readonly [S, ...S[]],
) {
  return z
    .object({
      firstName: z.string().trim().min(1).max(40),
      vehicleKind: z.enum(vehicleKinds),
      capacityGrams: z.coerce.number().int().min(1).max(2_000_000),
      capacityLitres: z.coerce.number().int().min(1).max(20_000).nullable().default(null),
      shiftStartMinute: z.coerce.number().int().min(0).max(1439),
      shiftEndMinute: z.coerce.number().int().min(1).max(1440),
      weekdays: z.array(z.coerce.number().int().min(1).max(7)).min(1),
      /** The first status is the resting one ('off'). */
      status: z.enum(courierStatuses).default(courierStatuses[0]),
      averageSpeedKmh: z.coerce.number().int().min(1).max(200).default(25),
    })
    .refine((c) => c.shiftStartMinute < c.shiftEndMinute, {
      path: ['shiftEndMinute'],
      message: 'shift_end_before_start',
    });
}

/** Adding a courier also names the account by e-mail. */
export function makeNewCourierSchema<K extends string, S extends string>(
  vehicleKinds: readonly [K, ...K[]],
  courierStatuses: readonly [S, ...S[]],
) {
  return z.intersection(
    makeCourierInputSchema(vehicleKinds, courierStatuses),
    z.object({ email: z.email() }),
  );
}

/** Schema paths → the form's inputs (kg and HH:MM are typed; grams and minutes are stored). */
export const courierFieldName = (path: string) =>
  ({
    capacityGrams: 'capacityKg',
    shiftStartMinute: 'shiftStart',
    shiftEndMinute: 'shiftEnd',
  })[path] ?? path;

/** "HH:MM" from a time input → minutes after midnight ("24:00" allowed as the end of a day). */
export function minutesFromTime(value: FormDataEntryValue | null): number | undefined {
  const match = typeof value === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function timeFromMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The courier form's fields as the shape `courierInputSchema` validates (kg typed, grams stored). */
export function courierFormInput(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const kg = Number(text('capacityKg').replace(',', '.'));
  const end = minutesFromTime(form.get('shiftEnd'));
  return {
    firstName: text('firstName'),
    vehicleKind: text('vehicleKind'),
    capacityGrams: text('capacityKg') && Number.isFinite(kg) ? Math.round(kg * 1000) : undefined,
    capacityLitres: text('capacityLitres') ? text('capacityLitres') : null,
    shiftStartMinute: minutesFromTime(form.get('shiftStart')),
    // 23:59 in a time input means "until the end of the day".
    shiftEndMinute: end === 1439 ? 1440 : end,
    weekdays: form.getAll('weekdays').map(String),
    status: text('status') || undefined,
    averageSpeedKmh: text('averageSpeedKmh') || undefined,
  };
}
