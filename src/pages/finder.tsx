import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import StatusFinder from '../components/StatusFinder';

export default function FinderPage(): ReactNode {
  return (
    <Layout
      title={translate({id: 'finder.title', message: 'ステータス診断', description: 'Title of the status finder page'})}
      description={translate({
        id: 'finder.description',
        message: 'いくつかの質問に答えると、お客様のサービス利用資格に設定するステータスが分かります。',
        description: 'Meta description of the status finder page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="finder.heading" description="Main heading of the status finder page">
            ステータス診断
          </Translate>
        </Heading>
        <p>
          <Translate id="finder.intro" description="Introduction of the status finder">
            質問に順に答えると、設定するステータスが分かります。途中の状態も URL に残るので、リンクをメールに貼ればその場面から開けます。
          </Translate>
        </p>
        <StatusFinder />
      </main>
    </Layout>
  );
}
