/**
 * Swizzled (wrap): the app's outermost component. It holds the app back while
 * src/clientModules/landNearMiss checks whether the address is a near miss of a status URL
 * on a host without redirects: that host serves the 404 page there, and hydrating it as the
 * status's page would be a mismatch (React error #418). Suspending keeps the served page as
 * it is; when the address is being replaced the app never starts. On any other address
 * nothing is pending and this renders its children at once.
 */
import React, {type ReactNode} from 'react';
import {pendingLanding} from '@site/src/clientModules/landNearMiss';

export default function Root({children}: {children: ReactNode}): ReactNode {
  const pending = pendingLanding();
  // Throwing the promise is how React 18 suspends a render (React 19's `use` does the same).
  if (pending) throw pending;
  return <>{children}</>;
}
