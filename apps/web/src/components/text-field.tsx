import { AriaAttributes, ChangeEvent, ReactNode } from 'react';

/**
 * A labelled text box in the forms' field layout: an input, or with `rows` a textarea. `onValue` gets the text as
 * typed; a hint or an error shown under the box comes as children. A `url` input brings the address keyboard.
 */
export function TextField({
  id,
  label,
  value,
  onValue,
  rows,
  type,
  wide = false,
  children,
  ...attributes
}: {
  id: string;
  label: ReactNode;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  type?: 'url' | 'datetime-local' | 'search' | 'date';
  placeholder?: string;
  maxLength?: number;
  /** The field takes the form's whole width. */
  wide?: boolean;
  children?: ReactNode;
} & Pick<AriaAttributes, 'aria-invalid' | 'aria-describedby'>) {
  const box = {
    id,
    value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onValue(event.target.value),
    ...attributes,
  };
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {rows === undefined ? (
        <input type={type} inputMode={type === 'url' ? 'url' : undefined} {...box} />
      ) : (
        <textarea rows={rows} {...box} />
      )}
      {children}
    </div>
  );
}
