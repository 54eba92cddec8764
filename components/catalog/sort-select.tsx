'use client';

/** Submits its (GET) form on change; the form's own button covers browsers without JavaScript. */
export function SortSelect({
  id,
  value,
  options,
}: {
  id: string;
  value: string;
  options: { value: string; label: string }[];
}) {
  return (
    <select
      id={id}
      name="sort"
      defaultValue={value}
      data-testid="sort-select"
      onChange={(event) => event.currentTarget.form?.requestSubmit()}
      className="min-h-10 rounded-md border border-stone-300 bg-white px-2 text-sm focus-visible:outline-2 focus-visible:outline-emerald-700"
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
