/**
 * data → hook → component: the status search for a query, once the engine has loaded.
 * `start()` loads it (first focus, pointer or keystroke); until then `answer` is undefined.
 * `initial` is an engine the first render may use at once (the results page's, painted
 * before the app: src/search/load.ts `searchForFirstRender`).
 */
import {useCallback, useEffect, useMemo, useState} from 'react';
import type {SearchAnswer, StatusSearch} from '../../search/engine';
import {loadStatusSearch} from '../../search/load';

export interface StatusSearchState {
  /** The answer for the query, or undefined while the engine is loading (or not asked for yet). */
  readonly answer: SearchAnswer | undefined;
  readonly failed: boolean;
  readonly start: () => void;
}

export function useStatusSearch(
  query: string,
  {autoStart = false, statuses = 10, glossary = 5, initial}: {autoStart?: boolean; statuses?: number; glossary?: number; initial?: () => StatusSearch | undefined} = {},
): StatusSearchState {
  const [engine, setEngine] = useState<StatusSearch | undefined>(initial);
  const [failed, setFailed] = useState(false);
  const start = useCallback(() => {
    loadStatusSearch().then(setEngine, () => setFailed(true));
  }, []);
  useEffect(() => {
    if (autoStart) start();
  }, [autoStart, start]);
  const answer = useMemo(() => engine?.search(query, {statuses, glossary}), [engine, query, statuses, glossary]);
  return {answer, failed, start};
}
