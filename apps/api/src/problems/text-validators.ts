import { registerDecorator, ValidationOptions } from 'class-validator';

// C0 controls other than tab, line feed, form feed and carriage return; Postgres cannot even store NUL.
// eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Plain text as people write it: no control characters, no unpaired UTF-16 surrogates. */
export function IsCleanText(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCleanText',
      target: target.constructor,
      propertyName,
      options: { message: `${propertyName} must not contain control characters or broken Unicode`, ...options },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' ||
          (!CONTROL.test(value) && (value as string & { isWellFormed(): boolean }).isWellFormed()),
      },
    });
}
