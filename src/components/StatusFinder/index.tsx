/**
 * Status finder: a few questions that end in one status. Questions come from the taxonomy
 * module (src/taxonomy/finder.ts); the answers so far live in `?answers=`, so a
 * half-answered or finished finder can be pasted into an email and reopens in place.
 * Answers are links, so Back, new tabs and shared links work; without JavaScript the
 * <noscript> outline offers every question as plain links. The finder's own links carry
 * `data-needs-app`: pressed before the app is up, they are held and followed once it is
 * (src/plugins/content-first), because the page's HTML always shows the first question and
 * only the app moves the focus to the next one.
 */
import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import {useQueryString} from '@docusaurus/theme-common';
import {answersParam, walkAnswers} from '../../taxonomy/finderState';
import {rulesOf, type LocalRule, type LocalTaxonomy} from '../../taxonomy/localized';
import {useLocale, useTaxonomy} from '../../hooks/useStatus';
import BoundaryRule from '../BoundaryRule';
import CopyLinkButton from '../CopyLinkButton';
import styles from './styles.module.css';

export default function StatusFinder(): ReactNode {
  const local = useTaxonomy();
  const location = useLocation();
  const {pathname} = location;
  const [answersValue] = useQueryString('answers');
  const state = walkAnswers(answersParam.parse(answersValue), local.finder.questions, local.finder.first);
  const current = state.steps.at(-1)!;
  const hrefFor = (ids: readonly string[]) => (ids.length ? `${pathname}?answers=${answersParam.format(ids)}` : pathname);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const history = useHistory();

  // After an answer (a navigation inside the finder, not the page load), move focus to the
  // new question or result, so keyboard and screen-reader users follow. Deferred: the theme
  // resets focus to the top of the page on every navigation, after this effect. Keyed on the
  // router's location (not on ?answers=, which the query-string hook sees a render earlier),
  // so this runs in the same commit as the theme's reset, whatever the timing.
  const {search} = location;
  useEffect(() => {
    if (history.action !== 'PUSH') return undefined;
    const timer = window.setTimeout(() => headingRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [search, history]);

  const answered = state.steps.filter((s) => s.answer);
  return (
    <div className={styles.finder}>
      {answered.length > 0 && (
        <ol className={styles.path} aria-label={translate({id: 'finder.pathLabel', message: 'これまでの回答', description: 'Accessible name of the list of answers given so far'})}>
          {answered.map((step, i) => (
            <li key={step.question.id}>
              <span className={styles.pathQuestion}>{step.question.text}</span>{' '}
              <strong>{step.answer!.label}</strong>{' '}
              <Link to={hrefFor(state.answerIds.slice(0, i))} className={styles.change} data-needs-app>
                <Translate id="finder.change" description="Link that goes back to change an earlier answer">
                  変更
                </Translate>
              </Link>
            </li>
          ))}
        </ol>
      )}

      {state.result ? (
        <Result result={state.result} local={local} headingRef={headingRef} hrefFor={hrefFor} answerIds={state.answerIds} />
      ) : (
        <section className={styles.question} aria-labelledby="finder-question">
          <h2 id="finder-question" ref={headingRef} tabIndex={-1}>
            {current.question.text}
          </h2>
          {current.question.hint && <p className={styles.hint}>{current.question.hint}</p>}
          <ul className={styles.answers}>
            {current.question.answers.map((answer) => (
              <li key={answer.id}>
                <Link className={styles.answer} to={hrefFor([...state.answerIds, answer.id])} data-needs-app>
                  {answer.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p className={styles.navigation}>
        {state.answerIds.length > 0 && (
          <Link className="button button--secondary button--sm" to={hrefFor(state.answerIds.slice(0, -1))} data-needs-app>
            <Translate id="finder.back" description="Button that goes back one question">
              ひとつ前に戻る
            </Translate>
          </Link>
        )}
        {state.answerIds.length > 0 && (
          <Link className="button button--secondary button--sm" to={pathname} data-needs-app>
            <Translate id="finder.restart" description="Button that starts the finder over">
              最初からやり直す
            </Translate>
          </Link>
        )}
      </p>

      <noscript>
        <FinderOutline local={local} />
      </noscript>
    </div>
  );
}

function Result({
  result,
  local,
  headingRef,
  hrefFor,
  answerIds,
}: {
  result: string;
  local: LocalTaxonomy;
  headingRef: React.RefObject<HTMLHeadingElement>;
  hrefFor: (ids: readonly string[]) => string;
  answerIds: readonly string[];
}): ReactNode {
  const status = local.get(result);
  const trail = local.trail(status);
  return (
    <section className={styles.result} aria-labelledby="finder-result">
      <p className={styles.resultLabel}>
        <Translate id="finder.resultLabel" description="Label above the finder's result">
          該当するステータス
        </Translate>
      </p>
      <h2 id="finder-result" ref={headingRef} tabIndex={-1}>
        {trail}
      </h2>
      <p className={styles.definition}>{status.summary}</p>
      <p>
        <Link className="button button--primary" to={status.path}>
          <Translate id="finder.openStatus" description="Link from the result to the status page">
            このステータスのページを開く
          </Translate>
        </Link>{' '}
        <CopyLinkButton
          title={`${translate({id: 'finder.copyTitle', message: 'ステータス診断', description: 'Title of a copied finder link'})}: ${trail}`}
          path={hrefFor(answerIds)}
        />
      </p>
      <LookAlikes result={result} />
    </section>
  );
}

/**
 * How to tell the result apart from its look-alikes: the boundary rules it is one side of,
 * the same blocks its page shows (src/taxonomy/boundaries.ts). Every rule of the site is
 * fetched with the first result, not with the finder page.
 */
function LookAlikes({result}: {result: string}): ReactNode {
  const locale = useLocale();
  const [rules, setRules] = useState<readonly LocalRule[]>();
  useEffect(() => {
    let live = true;
    void import('@generated/status-pages/default/rules.json').then(({default: data}) => {
      const mine = data[locale];
      if (!mine) throw new Error(`rules.json has no "${locale}" rules: src/plugins/status-pages writes the locale being built.`);
      if (live) setRules(rulesOf(result, mine));
    });
    return () => {
      live = false;
    };
  }, [locale, result]);
  if (!rules || rules.length === 0) return null;
  return (
    <>
      <h3>
        <Translate id="finder.lookAlikes" description="Heading of the look-alike rules under the finder's result">
          似ているステータスとの見分け方
        </Translate>
      </h3>
      {rules.map((rule) => (
        <BoundaryRule key={rule.id} rule={rule} current={result} as="h4" />
      ))}
    </>
  );
}

/** Every question with its answers as plain links: the finder without JavaScript. */
function FinderOutline({local}: {local: LocalTaxonomy}): ReactNode {
  return (
    <div className={styles.outline}>
      {Object.values(local.finder.questions).map((question) => (
        <section key={question.id} id={`q-${question.id}`}>
          <h3>{question.text}</h3>
          <ul>
            {question.answers.map((answer) => (
              <li key={answer.id}>
                {'result' in answer ? (
                  <>
                    {answer.label} → <Link to={local.get(answer.result).path}>{local.get(answer.result).name}</Link>
                  </>
                ) : (
                  <a href={`#q-${answer.next}`}>{answer.label}</a>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
