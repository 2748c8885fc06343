import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { tokenStore } from './token-store.js';

/** One client for the app: bearer token on every request; an expired token signs the user out. */
export function createApolloClient(onSignedOut: () => void): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = tokenStore.get();
    return token ? { headers: { ...prev.headers, authorization: `Bearer ${token}` } } : {};
  });
  const signOutOnExpiry = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED') &&
      tokenStore.get()
    ) {
      tokenStore.clear();
      onSignedOut();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([signOutOnExpiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache(),
  });
}
