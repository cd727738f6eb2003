import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once every `ms` real milliseconds (the latest one wins). A busy
 * cluster writes events every frame; the list need not re-sort thousands of rows that often.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const wait = Math.max(0, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      setShown(() => value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
