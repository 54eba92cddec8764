import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AccountFields, type AccountField } from './account-fields';

const inputs = (html: string) => [...html.matchAll(/<input\b[^>]*>/g)].map((m) => m[0]);
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

const fields: AccountField[] = [
  { name: 'name', kind: 'name', label: 'Name', autoComplete: 'name' },
  { name: 'email', kind: 'email', label: 'E-mail', autoComplete: 'email' },
  {
    name: 'password',
    kind: 'password',
    label: 'Password',
    hint: 'At least 10 characters',
    autoComplete: 'new-password',
    minLength: 10,
  },
];
const render = (props: Partial<Parameters<typeof AccountFields>[0]> = {}) =>
  renderToStaticMarkup(<AccountFields fields={fields} {...props} />);

describe('AccountFields', () => {
  it('renders each field in order, required, typed by kind, with its own id, label and autocomplete', () => {
    const html = render();
    const tags = inputs(html);
    expect(tags.map((t) => attr(t, 'name'))).toEqual(['name', 'email', 'password']);
    expect(tags.map((t) => attr(t, 'id'))).toEqual(['field-name', 'field-email', 'field-password']);
    expect(tags.map((t) => attr(t, 'type'))).toEqual([null, 'email', 'password']);
    expect(tags.map((t) => attr(t, 'autoComplete'))).toEqual(['name', 'email', 'new-password']);
    for (const tag of tags) expect(tag).toContain('required=""');
    expect(tags.map((t) => attr(t, 'minLength'))).toEqual([null, null, '10']);
    expect(html).toContain(
      '<label for="field-email" class="text-sm font-semibold text-stone-800">E-mail</label>',
    );
    expect(attr(tags[2]!, 'aria-describedby')).toBe('field-password-hint');
    expect(html).toContain(
      '<p id="field-password-hint" class="text-xs text-stone-600">At least 10 characters</p>',
    );
  });

  it('puts back submitted values except passwords', () => {
    const tags = inputs(
      render({ values: { name: 'Ana', email: 'ana@example.com', password: 'secret-secret' } }),
    );
    expect(tags.map((t) => attr(t, 'value'))).toEqual(['Ana', 'ana@example.com', null]);
  });

  it('wires each field to its own first error', () => {
    const html = render({ errors: { email: ['Taken', 'other'], password: ['Too short'] } });
    const [name, email, password] = inputs(html);
    expect(attr(name!, 'aria-invalid')).toBeNull();
    expect(attr(email!, 'aria-invalid')).toBe('true');
    expect(attr(email!, 'aria-describedby')).toBe('field-email-error');
    expect(attr(password!, 'aria-describedby')).toBe('field-password-hint field-password-error');
    expect(html).toContain(
      '<p id="field-email-error" class="text-sm font-medium text-red-800">Taken</p>',
    );
    expect(html).not.toContain('other');
    expect(html).toContain('>Too short</p>');
  });
});
