import { useEffect, useState } from 'react';

/** Whole seconds left until `deadline` (epoch ms), ticking down once a second; 0 when none or past. */
export function useSecondsUntil(deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return undefined;
    const tick = () => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) clearInterval(timer);
    };
    // Read the clock at once too: `now` may date from long before this deadline was set.
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [deadline]);
  return deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
}

/** 0:45, 2:00, 14:59 — a short wait as a person reads it. */
export function clockText(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
