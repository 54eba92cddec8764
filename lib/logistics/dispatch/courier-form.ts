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
