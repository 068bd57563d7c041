// fake-indexeddb gives storage tests a real IndexedDB implementation under Node.
import 'fake-indexeddb/auto';
