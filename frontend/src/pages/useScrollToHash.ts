/**
 * Scrolls to the element the URL's hash names (`/governance#proposal-1a2b3c4d`) once the page's
 * data is there: the browser's own jump happens before a list loaded over the network exists.
 */
import { useEffect } from "react";
import { useLocation } from "react-router";

export function useScrollToHash(loaded: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!loaded || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [loaded, hash]);
}
