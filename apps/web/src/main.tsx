import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '@oneday/web-session';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import './styles.css';

// An expired or revoked token sends the user back to sign in with a clean slate.
const client = createApolloClient(() => window.location.assign('/login'));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <App />
    </ApolloProvider>
  </StrictMode>,
);
