'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { useZodForm } from '@/components/ui/use-zod-form';
import { RATE_FIELDS, zoneFormInput, zoneFormSchema } from '@/lib/logistics/zones/zone-form-schema';
import { AdminField } from './admin-field';
import { saveZoneAction, type ZoneFormState } from './zone-actions';
import { ZonePolygonField } from './zone-polygon-field';

/** Form values as strings, keyed like the inputs ("name", "rates.0.priceCents"). */
export type ZoneFormDefaults = Record<string, string> & { active?: string };

const buttonClass =
  'self-start rounded-full bg-emerald-800 px-5 py-2 text-sm font-semibold text-white hover:bg-emerald-900 disabled:opacity-60';

/**
 * Zone editor. The same zod schema runs here (errors before a round trip, focus on the first)
 * and in the action (the authority); errors show under their inputs. An edit carries the zone's
 * version, so saving over someone else's newer change is refused with their name and the
 * operator's input stays in the form.
 */
export function ZoneForm(props: {
  id?: string;
  defaults: ZoneFormDefaults;
  rows: number;
  version?: string;
  /** NEXT_PUBLIC_MAP_TILE_URL for the polygon map's backdrop (null: blank map, still drawable). */
  tileUrl: string | null;
}) {
  const t = useTranslations('adminZones');
  const [state, action] = useActionState(saveZoneAction, { ok: false } as ZoneFormState);
  // Blank rate rows are dropped before validation; issue paths index the kept rows.
  const rateRows = useRef<number[]>([]);
  const { formRef, onSubmit, clientErrors, pending } = useZodForm({
    schema: zoneFormSchema,
    toInput: (form) => {
      const { input, rateRows: rows } = zoneFormInput(form);
      rateRows.current = rows;
      return input;
    },
    action,
    serverErrors: state.errors,
    fieldName: (path) => {
      const [head, row, ...rest] = path.split('.');
      if (head !== 'rates' || row === undefined) return path;
      return ['rates', String(rateRows.current[Number(row)] ?? 0), ...rest].join('.');
    },
    // AdminField translates codes under adminZones.errors itself.
    translate: (code) => code,
  });
  const errors: Record<string, string | undefined> = clientErrors
    ? Object.fromEntries(Object.entries(clientErrors).map(([k, v]) => [k, v[0]]))
    : (state.errors ?? {});
  const d = props.defaults;

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-col gap-5"
      data-testid="zone-form"
    >
      {props.id && <input type="hidden" name="id" value={props.id} />}
      {props.id && <input type="hidden" name="expectedVersion" value={props.version ?? ''} />}
      <div aria-live="polite">
        {!hasErrors && !state.ok && state.message && (
          <p
            role="alert"
            className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900"
          >
            {state.message}
          </p>
        )}
        {hasErrors && (
          <p
            role="alert"
            className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900"
          >
            {t('fixErrors')}
            {errors.rates && ` ${t(`errors.${errors.rates}` as 'errors.invalid')}`}
          </p>
        )}
        {!hasErrors && state.saved && (
          <p
            role="status"
            className="rounded-md border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900"
          >
            {t('saved')}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <AdminField
          name="name"
          label={t('fields.name')}
          defaultValue={d.name}
          error={errors.name}
          required
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="zone-kind" className="text-xs font-semibold text-stone-800">
            {t('fields.kind')}
          </label>
          <select
            id="zone-kind"
            name="kind"
            defaultValue={d.kind ?? 'own_fleet'}
            className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm"
          >
            <option value="own_fleet">{t('kind.own_fleet')}</option>
            <option value="carrier">{t('kind.carrier')}</option>
          </select>
        </div>
        <AdminField
          name="priority"
          label={t('fields.priority')}
          inputMode="numeric"
          defaultValue={d.priority ?? '100'}
          error={errors.priority}
        />
        <label className="flex items-center gap-2 self-end text-sm font-semibold">
          <input
            type="checkbox"
            name="active"
            defaultChecked={d.active !== 'false'}
            className="size-4 accent-emerald-800"
          />
          {t('fields.active')}
        </label>
        <AdminField
          multiline
          name="cepRanges"
          rows={4}
          label={t('fields.cepRanges')}
          hint={t('fields.cepRangesHint')}
          defaultValue={d.cepRanges}
          error={errors.cepRanges}
          className="font-mono"
        />
        <AdminField
          name="freeShippingFromCents"
          label={t('fields.freeShippingFromCents')}
          hint={t('fields.freeHint')}
          inputMode="decimal"
          defaultValue={d.freeShippingFromCents}
          error={errors.freeShippingFromCents}
        />
        <AdminField
          name="sameDayCutoff"
          label={t('fields.sameDayCutoff')}
          hint={t('fields.cutoffHint')}
          placeholder="14:00"
          defaultValue={d.sameDayCutoff}
          error={errors.sameDayCutoff}
        />
        <ZonePolygonField defaultValue={d.polygon} error={errors.polygon} tileUrl={props.tileUrl} />
      </div>
      <section aria-labelledby="rates-heading" className="flex flex-col gap-3">
        <h2 id="rates-heading" className="text-lg font-semibold">
          {t('rates.title')}
        </h2>
        <p className="text-sm text-stone-700">{t('rates.hint')}</p>
        {Array.from({ length: props.rows }, (_, i) => (
          <fieldset
            key={i}
            className="grid grid-cols-2 gap-2 rounded-md border border-stone-300 p-3 sm:grid-cols-6"
          >
            <legend className="px-1 text-sm font-semibold">{t('rates.row', { n: i + 1 })}</legend>
            {RATE_FIELDS.map((field) => (
              <AdminField
                key={field}
                name={`rates.${i}.${field}`}
                label={t(`rates.${field}`)}
                defaultValue={d[`rates.${i}.${field}`]}
                error={errors[`rates.${i}.${field}`]}
                className={field === 'label' ? 'col-span-2' : undefined}
              />
            ))}
          </fieldset>
        ))}
      </section>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t('save')}
      </button>
    </form>
  );
}
