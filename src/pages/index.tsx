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
        message: 'お客様のサービス利用資格に記録する L1/L2 ステータスの一覧と定義です。お客様の状況に合うステータスを確かめられます。',
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
            お客様のサービス利用資格のステータスは、L1 (大分類) と L2 (理由) の 2 段階で選びます (その下の L3 は準備中です)。ステータスは FastTrack Manager (FM) が FTOP に記録します。最初のステータスは割り当て担当の FM が設定し、その後はデリバリー担当の FM が更新します。お客様の状況に合うステータスを、下の一覧から開いて定義で確かめてください。キーワードで一覧を絞り込むこともできます。
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
