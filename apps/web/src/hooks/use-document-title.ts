import { useEffect } from 'react';

/** Sets the tab title ("Health · Success") so screen-reader users hear where a navigation landed. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title} · Success` : 'Success';
  }, [title]);
}
