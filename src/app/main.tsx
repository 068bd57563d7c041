import '../domain/zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { UpdatePrompt } from '../ui/pwa/update-prompt';
import { App } from './app';
import './app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
      <UpdatePrompt />
    </StrictMode>,
  );
}
