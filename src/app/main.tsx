import '../domain/legacy-polyfills';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UnexpectedErrorDialog } from '../ui/components/unexpected-error-dialog';
import { UpdatePrompt } from '../ui/pwa/update-prompt';
import { App } from './app';
import './app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdatePrompt />
      <UnexpectedErrorDialog />
    </StrictMode>,
  );
}
