import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import type { MeQuery } from '@oneday/shared-types';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { tokenStore } from './token-store.js';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      email
      displayName
      role
      patientId
      specialistId
    }
  }
`);

export type SignedInUser = MeQuery['me'];

interface Session {
  user: SignedInUser | null;
  loading: boolean;
  signIn(token: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => tokenStore.get() !== null);
  const { data, loading } = useQuery(MeDocument, { skip: !hasToken });

  const signIn = useCallback(
    async (token: string) => {
      tokenStore.set(token);
      setHasToken(true);
      await client.refetchQueries({ include: [MeDocument] });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    tokenStore.clear();
    setHasToken(false);
    // Nothing from the last user's session may stay in memory on a shared workstation.
    await client.clearStore();
  }, [client]);

  const value = useMemo<Session>(
    () => ({
      user: hasToken ? (data?.me ?? null) : null,
      loading: hasToken && loading,
      signIn,
      signOut,
    }),
    [data, hasToken, loading, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
