// fake-indexeddb gives storage tests a real IndexedDB implementation under Node.
import 'fake-indexeddb/auto';
// Before react-dom loads in any test: lets a test see which components rendered (render-count tests).
import { installRenderTracker } from './ui/components/test-render-tracker';

installRenderTracker();
