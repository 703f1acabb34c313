// The floor for the bundle figure (P5): React, ReactDOM and Dexie alone, built the way the panel is.
import { Dexie } from 'dexie';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const db = new Dexie('floor');
db.version(1).stores({ notes: 'id' });
createRoot(document.getElementById('root')!).render(createElement('p', null, db.name));
