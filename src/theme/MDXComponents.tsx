/**
 * Wrapped (not ejected) so that every status page can use the status building blocks
 * without an import line: pages stay plain prose plus `<StatusDefinition />` & co.
 */
import MDXComponents from '@theme-original/MDXComponents';
import StatusTree from '@site/src/components/StatusTree';
import {PageUpdates, SeedCorrections, TaxonomyChanges} from '@site/src/components/UpdateHistory';
import {StatusBoundary, StatusChildren, StatusDefinition, StatusHeader, StatusLink} from '@site/src/components/StatusPage';

export default {
  ...MDXComponents,
  PageUpdates,
  SeedCorrections,
  TaxonomyChanges,
  StatusBoundary,
  StatusChildren,
  StatusDefinition,
  StatusHeader,
  StatusLink,
  StatusTree,
};
