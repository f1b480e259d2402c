/**
 * The page at a retired status's URL (route added by the status-pages plugin): the URL was
 * published in emails, so it keeps answering, names the successor and forwards to it.
 */
import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {findAnyStatus, getStatus, statusTrail} from '../../taxonomy';
import {useLocale} from '../../hooks/useStatus';

export default function RetiredStatus({statusKey}: {statusKey: string}): ReactNode {
  const locale = useLocale();
  const old = findAnyStatus(statusKey);
  if (!old?.retired) throw new Error(`RetiredStatus: "${statusKey}" is not a retired status in src/taxonomy/.`);
  const successor = getStatus(old.retired.successor);
  const successorUrl = useBaseUrl(successor.path);
  const oldName = statusTrail(old, locale);
  const newName = statusTrail(successor, locale);
  return (
    <Layout
      title={translate({id: 'retired.title', message: '廃止されたステータス: {name}', description: 'Title of the page at a retired status URL'}, {name: old.name[locale]})}
      description={old.retired.reason[locale]}>
      <Head>
        {/* Forwards after a short pause, so the reader sees why the link moved. */}
        <meta httpEquiv="refresh" content={`5; url=${successorUrl}`} />
        <meta name="robots" content="noindex" />
      </Head>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="retired.heading" description="Heading of the page at a retired status URL" values={{name: oldName}}>
            {'「{name}」は廃止されました'}
          </Translate>
        </Heading>
        <p>{old.retired.reason[locale]}</p>
        <p>
          <Translate
            id="retired.successor"
            description="Names the status that replaces a retired one; {link} is a link to it"
            values={{link: <Link to={successor.path}>{newName}</Link>, date: old.retired.date}}>
            {'{date} から、このステータスの代わりに {link} を使います。5 秒後にそのページへ移動します。'}
          </Translate>
        </p>
      </main>
    </Layout>
  );
}
