import React, {type ReactNode} from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import TaxonomyOverview from '../components/TaxonomyOverview';
import styles from './overview.module.css';

export default function OverviewPage(): ReactNode {
  return (
    <Layout
      title={translate({id: 'overview.title', message: '一覧表', description: 'Title of the printable overview page'})}
      description={translate({
        id: 'overview.description',
        message: 'すべての L1/L2 ステータスと定義を 1 ページにまとめた一覧表です。印刷にも対応しています。',
        description: 'Meta description of the overview page',
      })}>
      <main className="container margin-vert--lg">
        <Heading as="h1">
          <Translate id="overview.heading" description="Main heading of the overview page">
            ステータス一覧表
          </Translate>
        </Heading>
        <p className={styles.screenOnly}>
          <Translate id="overview.intro" description="Introduction of the overview page">
            すべての L1/L2 ステータスと定義を 1 ページにまとめています。印刷すると、各ステータスのページの URL も表示されます。
          </Translate>{' '}
          <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
            <Translate id="overview.print" description="Button that prints the overview">
              印刷する
            </Translate>
          </button>
        </p>
        <TaxonomyOverview />
      </main>
    </Layout>
  );
}
