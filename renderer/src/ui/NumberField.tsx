import type { ReactNode } from 'react';
import { Field } from './Field';

interface NumberFieldProps {
  label: string;
  help?: string;
  error?: string | false;
  /** What was typed, kept as text so a half-typed number is not lost. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  min: number;
  max: number;
  step?: number;
  /** 'decimal' for fractions; whole numbers otherwise. */
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  /** Short inputs for small numbers (the default); full width otherwise. */
  short?: boolean;
  after?: ReactNode;
}

/**
 * A labelled number input, its help and error wired to it: every settings form and record form
 * that asks for a count, a period or a score uses this one. Never remembered by the browser.
 */
export function NumberField({
  label,
  help,
  error,
  value,
  onChange,
  onBlur,
  min,
  max,
  step,
  inputMode = 'numeric',
  placeholder,
  short = true,
  after,
}: NumberFieldProps) {
  return (
    <Field label={label} help={help} error={error} after={after}>
      {(control) => (
        <input
          {...control}
          className={short ? 'input-short' : undefined}
          type="number"
          inputMode={inputMode}
          autoComplete="off"
          min={min}
          max={max}
          step={step}
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
}
