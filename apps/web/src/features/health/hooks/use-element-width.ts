import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The element's content width in px, kept current with a ResizeObserver; measured before the
 * first paint, so a layout chosen from it never flashes. 0 until the element exists.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
