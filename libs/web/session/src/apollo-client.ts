import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { tokenStore } from './token-store.js';

/**
 * One client for the app: bearer token on every request (and on the WebSocket for live board
 * updates); an expired token signs the user out.
 */
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
  const http = ApolloLink.from([signOutOnExpiry, auth, new HttpLink({ uri: '/graphql' })]);
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  const live = new GraphQLWsLink(
    createClient({
      url: `${protocol}//${window.location.host}/graphql`,
      lazy: true,
      connectionParams: () => ({ authorization: `Bearer ${tokenStore.get() ?? ''}` }),
    }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    live,
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
