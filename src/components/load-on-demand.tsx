"use client";

import { lazy, Suspense, type ComponentType } from "react";

/**
 * A component whose code loads when it first renders, not with the page: `load` imports its module (a dynamic
 * `import()`, which the bundler splits into a chunk of its own) and picks the component. Until the chunk has come it
 * renders nothing, in a Suspense boundary of its own, so the page around it (and its loading.tsx) stays as it is.
 * `preload` starts the same import early (on a hover, say). Render it only in the browser (after a press, or once
 * hydrated): on the server it would load there and render into the HTML. React.lazy rather than next/dynamic, whose
 * own code (its loadable, bailout and preload modules) would join every page's first load.
 */
export function loadOnDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<ComponentType<P>> | undefined;
  // One import for the preload and the render; a failed one is tried again next time.
  const preload = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function OnDemand(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(OnDemand, { preload });
}
