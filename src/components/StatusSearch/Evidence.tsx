import {createElement, useMemo, type ReactNode} from 'react';
import type {Evidence as EvidenceData} from '../../search/engine';
import {searchLabels} from './labels';
import {evidenceView, type Render, type SearchClasses} from './view';
import styles from './styles.module.css';

/** React's createElement as the shared view's renderer (its overloads do not fit one signature). */
export const reactRender = createElement as unknown as Render<ReactNode>;
export const searchClasses = styles as unknown as SearchClasses;

/** One piece of evidence: its kind, and the text with what matched marked (markup in view.ts). */
export default function Evidence({evidence}: {evidence: EvidenceData}): ReactNode {
  const labels = useMemo(searchLabels, []);
  return evidenceView(reactRender, evidence, {labels, classes: searchClasses});
}
