import { FormEvent, useEffect, useRef, useState } from 'react';
import { SignInProps } from '../auth/session';

export function SignInPage({ message, onSignIn }: SignInProps) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>(message);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    document.title = 'Sign in · Fact-check desk';
    input.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (!trimmed) {
      setError('Paste your API key.');
      return;
    }
    setBusy(true);
    const failure = await onSignIn(trimmed);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <main id="main" className="sign-in">
      <h1>Fact-check desk</h1>
      <form onSubmit={submit} noValidate aria-describedby="sign-in-help">
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(event) => setKey(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
        />
        <p id="sign-in-help" className="hint">
          Your administrator gives you a key. It is kept in this tab only and forgotten when you close it.
        </p>
        {error && (
          <p id="sign-in-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
