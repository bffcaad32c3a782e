import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldControlProps } from './Field';

interface PassphraseInputProps extends FieldControlProps {
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  autoFocus?: boolean;
}

/** A password input with a show/hide toggle: long passphrases are hard to type blind. */
export function PassphraseInput({ value, onChange, ...inputProps }: PassphraseInputProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <div className="passphrase-input">
      <input
        {...inputProps}
        type={visible ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
      />
      <button
        type="button"
        className="button-quiet"
        aria-controls={inputProps.id}
        onClick={() => setVisible((shown) => !shown)}
      >
        {visible ? t('field.hide') : t('field.show')}
      </button>
    </div>
  );
}
