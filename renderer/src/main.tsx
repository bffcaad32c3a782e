import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { takeTokenFromUrl } from './api/web-token';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/layout.css';
import './styles/records.css';
import './styles/search.css';
import './styles/print.css';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
// Before the router reads the hash: the web host's link carries a token there, good for one page.
void takeTokenFromUrl().then((link) =>
  createRoot(root, {
    // React recovers from an error in a concurrent render by rendering again, and by default reports
    // only "Minified React error #520": say what the error was and where.
    onRecoverableError: (error, info) =>
      console.error(
        'Recovered from an error while rendering:',
        (error as { cause?: unknown }).cause ?? error,
        info.componentStack,
      ),
  }).render(
    <StrictMode>
      <App link={link} />
    </StrictMode>,
  ),
);
