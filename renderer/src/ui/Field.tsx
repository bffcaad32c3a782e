import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean;
}

interface FieldProps {
  label: string;
  help?: string;
  error?: string | false;
  children: (control: FieldControlProps) => ReactNode;
  /** Extra content under the control, such as a strength meter. */
  after?: ReactNode;
}

/** A label, one control, and the help and error texts wired to it for assistive technology. */
export function Field({ label, help, error, children, after }: FieldProps) {
  const id = useId();
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
      {help && (
        <p id={helpId} className="field-help">
          {help}
        </p>
      )}
      {after}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
