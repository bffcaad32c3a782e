import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { isWebMode } from '../api/client';
import { readToken, type LinkOutcome } from '../api/web-token';
import { ConnectionScreen } from './ConnectionScreen';
import { createQueryClient } from './query-client';
import { VaultGate } from './VaultGate';

export function App({ link }: { link: LinkOutcome }) {
  const [client] = useState(createQueryClient);
  if (link === 'spent') return <ConnectionScreen problem="linkSpent" />;
  if (link === 'expired') return <ConnectionScreen problem="expired" />;
  if (link === 'unreachable')
    return <ConnectionScreen problem="unreachable" onRetry={() => window.location.reload()} />;
  if (isWebMode() && !readToken()) return <ConnectionScreen problem="missingToken" />;
  return (
    <QueryClientProvider client={client}>
      <Router hook={useHashLocation}>
        <VaultGate />
      </Router>
    </QueryClientProvider>
  );
}
