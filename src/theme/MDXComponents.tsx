/**
 * Swizzled (ejected, not wrapped) for two reasons:
 * - every status page can use the status building blocks without an import line: pages stay
 *   plain prose plus `<StatusDefinition />` & co.;
 * - the site's pages have no code blocks, admonitions, <details> or diagrams, so the
 *   theme's components for them (CodeBlock with its copy button and line numbers,
 *   Admonition, Details, Mermaid) stay out of every status page's JavaScript. A page that
 *   used one would fail the build ("Expected component … to be defined"), not render wrong.
 */
import React, {type ComponentProps} from 'react';
import Head from '@docusaurus/Head';
import MDXA from '@theme/MDXComponents/A';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXImg from '@theme/MDXComponents/Img';
import MDXLi from '@theme/MDXComponents/Li';
import MDXUl from '@theme/MDXComponents/Ul';
import StatusTree from '@site/src/components/StatusTree';
import TermList from '@site/src/components/TermList';
import {PageUpdates, RuleDecisions, SeedCorrections, TaxonomyChanges} from '@site/src/components/UpdateHistory';
import {StatusBoundary, StatusChildren, StatusDefinition, StatusHeader, StatusLink, StatusRoles, StatusRules} from '@site/src/components/StatusPage';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

export default {
  Head,
  a: MDXA,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading as="h1" {...props} />,
  h2: (props: HeadingProps) => <MDXHeading as="h2" {...props} />,
  h3: (props: HeadingProps) => <MDXHeading as="h3" {...props} />,
  h4: (props: HeadingProps) => <MDXHeading as="h4" {...props} />,
  h5: (props: HeadingProps) => <MDXHeading as="h5" {...props} />,
  h6: (props: HeadingProps) => <MDXHeading as="h6" {...props} />,
  PageUpdates,
  RuleDecisions,
  SeedCorrections,
  TaxonomyChanges,
  StatusBoundary,
  StatusChildren,
  StatusDefinition,
  StatusHeader,
  StatusLink,
  StatusRoles,
  StatusRules,
  StatusTree,
  TermList,
};
