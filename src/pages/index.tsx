import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import Link from '@docusaurus/Link';
import StatusTree from '../components/StatusTree';

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.title', message: 'ステータス一覧', description: 'Title of the home page'})}
      description={translate({
        id: 'home.description',
        message: 'FastTrack パートナーがお客様のサービス利用資格に設定する L1/L2 ステータスの一覧と定義です。',
        description: 'Meta description of the home page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="home.heading" description="Main heading of the home page">
            FastTrack パートナー ステータス分類
          </Translate>
        </Heading>
        <p>
          <Translate id="home.intro" description="Introduction on the home page">
            お客様のサービス利用資格に設定するステータスは、L1 (大分類) と L2 (理由) の 2 段階です。下の一覧から該当しそうなステータスを開き、定義を確認してください。キーワードで一覧を絞り込むこともできます。
          </Translate>
        </p>
        <p>
          <Link className="button button--primary" to="/finder">
            <Translate id="home.finderLink" description="Home page link to the status finder">
              質問に答えてステータスを選ぶ (ステータス診断)
            </Translate>
          </Link>{' '}
          <Link className="button button--secondary" to="/overview">
            <Translate id="home.overviewLink" description="Home page link to the printable overview">
              印刷用の一覧表
            </Translate>
          </Link>
        </p>
        <StatusTree />
      </main>
    </Layout>
  );
}
