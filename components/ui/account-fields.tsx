import { FormField } from './form-field';

/** One account field: what it holds decides its input type and whether it is refilled. */
export type AccountField = {
  name: string;
  kind: 'name' | 'email' | 'password';
  label: string;
  autoComplete: string;
  hint?: string;
  minLength?: number;
};

/**
 * The name / e-mail / password block of the sign-up, staff-create, change-password and
 * reset-password forms. Every field is required, labelled and wired to its own errors
 * (`errors[name]`); values come back after a failed submit, except passwords, which never do.
 */
export function AccountFields({
  fields,
  values,
  errors,
}: {
  fields: readonly AccountField[];
  values?: Record<string, string>;
  errors?: Record<string, string[]>;
}) {
  return fields.map(({ name, kind, label, autoComplete, hint, minLength }) => (
    <FormField
      key={name}
      name={name}
      type={kind === 'name' ? undefined : kind}
      label={label}
      hint={hint}
      autoComplete={autoComplete}
      required
      minLength={minLength}
      defaultValue={kind === 'password' ? undefined : values?.[name]}
      errors={errors?.[name]}
    />
  ));
}
