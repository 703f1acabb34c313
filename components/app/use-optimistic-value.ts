import { useState } from 'react';

/**
 * A value read from the database that the UI may show changed before the write and the
 * live query catch up (so a checkbox never flickers back). A new value from the database
 * always wins.
 */
export function useOptimisticValue<T>(actual: T): [T, (value: T) => void] {
  const [seen, setSeen] = useState(actual);
  const [shown, setShown] = useState(actual);
  if (!Object.is(seen, actual)) {
    setSeen(actual);
    setShown(actual);
  }
  return [shown, setShown];
}
