import { useEffect, useState } from 'react';
import { ApiError, call, onSessionLost, setApiLocale, setCsrfToken } from './api/client.js';
import type { Session } from './api/types.js';
import { ErrorBanner } from './components/error-banner.js';
import { Layout } from './components/layout.js';
import { useI18n } from './i18n/i18n.js';
import { navigate, useLocation } from './router/router.js';
import { Screen } from './screens/screen.js';
import { SignInScreen } from './screens/sign-in.screen.js';
import { SessionContext } from './session/session.js';

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out'; readonly expired: boolean }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'signed-in'; readonly session: Session };

/** Loads the session, then shows the panel, or the sign-in help when there is none. */
export function App() {
  const { locale } = useI18n();
  const { query } = useLocation();
  const [loginError] = useState(() => query.get('login_error'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [round, setRound] = useState(0);
  setApiLocale(locale);

  useEffect(() => {
    // The error travels in the URL once; keep it out of the address bar and history.
    if (loginError) navigate(location.pathname, { replace: true });
  }, [loginError]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the retry button's way to load again.
  useEffect(() => {
    let wasSignedIn = false;
    onSessionLost(() => setState({ kind: 'signed-out', expired: wasSignedIn }));
    call('GET /session').then(
      (session) => {
        wasSignedIn = true;
        setCsrfToken(session.csrfToken);
        setState({ kind: 'signed-in', session });
      },
      (error: unknown) => {
        if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
          setState({ kind: 'signed-out', expired: false });
        } else {
          setState({
            kind: 'failed',
            error: error instanceof ApiError ? error : new ApiError(0, 'network', String(error), null),
          });
        }
      },
    );
  }, [round]);

  if (state.kind === 'loading') return <p className="loading">…</p>;
  if (state.kind === 'signed-out') return <SignInScreen loginError={loginError} expired={state.expired} />;
  if (state.kind === 'failed') {
    return (
      <div className="sign-in">
        <ErrorBanner error={state.error} onRetry={() => setRound((n) => n + 1)} />
      </div>
    );
  }
  return (
    <SessionContext.Provider value={state.session}>
      <Layout onSignedOut={() => setState({ kind: 'signed-out', expired: false })}>
        <Screen />
      </Layout>
    </SessionContext.Provider>
  );
}
