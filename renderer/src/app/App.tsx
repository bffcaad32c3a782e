import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { isWebMode } from '../api/client';
import { readToken } from '../api/web-token';
import { ConnectionScreen } from './ConnectionScreen';
import { createQueryClient } from './query-client';
import { VaultGate } from './VaultGate';

export function App() {
  const [client] = useState(createQueryClient);
  if (isWebMode() && !readToken()) return <ConnectionScreen problem="missingToken" />;
  return (
    <QueryClientProvider client={client}>
      <Router hook={useHashLocation}>
        <VaultGate />
      </Router>
    </QueryClientProvider>
  );
}
