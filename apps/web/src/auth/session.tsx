import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiClient, ApiError, describeError } from '../api/client';
import { Me, RatingScale } from '../api/types';
import { forgetRecentArticles } from '../lib/recent-articles';

/**
 * Signing in with an API key: the key is checked against GET /v1/me and kept in sessionStorage only, so it goes
 * when the tab or browser closes and is never written to disk by the desk.
 */
const KEY_STORAGE = 'factcheck-desk.api-key';

export interface Session {
  me: Me;
  api: ApiClient;
  /** The rating scale in force, loaded once per sign-in. */
  ratings: RatingScale | null;
  signOut: (message?: string) => void;
}

type State =
  | { status: 'checking' }
  | { status: 'signed-out'; message?: string }
  | { status: 'signed-in'; me: Me; api: ApiClient; ratings: RatingScale | null };

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in desk');
  return session;
}

export function SessionProvider({
  signIn: SignIn,
  children,
}: {
  signIn: (props: SignInProps) => ReactNode;
  children: ReactNode;
}) {
  const [state, setState] = useState<State>(() => (readKey() ? { status: 'checking' } : { status: 'signed-out' }));

  const signOut = useCallback((message?: string) => {
    sessionStorage.removeItem(KEY_STORAGE);
    forgetRecentArticles();
    setState({ status: 'signed-out', message });
  }, []);

  const start = useCallback(
    async (key: string): Promise<string | null> => {
      const api = new ApiClient(key, () =>
        signOut('Your key is no longer accepted (revoked or rotated). Sign in again.'),
      );
      try {
        const { data: me } = await api.get<Me>('/v1/me');
        const ratings = await api.get<RatingScale>('/v1/ratings').then(
          (response) => response.data,
          () => null,
        );
        sessionStorage.setItem(KEY_STORAGE, key);
        setState({ status: 'signed-in', me, api, ratings });
        return null;
      } catch (error) {
        sessionStorage.removeItem(KEY_STORAGE);
        const message =
          error instanceof ApiError && error.status === 401
            ? 'This key is not known or has been revoked.'
            : describeError(error);
        setState({ status: 'signed-out', message });
        return message;
      }
    },
    [signOut],
  );

  useEffect(() => {
    const key = readKey();
    if (key) void start(key);
  }, [start]);

  const session = useMemo<Session | null>(
    () => (state.status === 'signed-in' ? { me: state.me, api: state.api, ratings: state.ratings, signOut } : null),
    [state, signOut],
  );

  if (state.status === 'checking') {
    return (
      <p className="boot" role="status">
        Signing in…
      </p>
    );
  }
  if (!session) return <SignIn message={state.status === 'signed-out' ? state.message : undefined} onSignIn={start} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export interface SignInProps {
  message?: string;
  /** Resolves to an error message, or null once signed in. */
  onSignIn: (key: string) => Promise<string | null>;
}

function readKey(): string | null {
  try {
    return sessionStorage.getItem(KEY_STORAGE);
  } catch {
    return null;
  }
}
