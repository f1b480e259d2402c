/** The translated strings of the search results (see view.ts), read where the page renders. */
import {translate} from '@docusaurus/Translate';
import type {SearchLabels} from './view';

export function searchLabels(): SearchLabels {
  return {
    fields: {
      name: translate({id: 'search.evidence.name', message: '名前', description: 'Label of search evidence found in the status name'}),
      keywords: translate({id: 'search.evidence.keywords', message: 'キーワード', description: 'Label of search evidence found in the keywords'}),
      definition: translate({id: 'search.evidence.definition', message: '定義', description: 'Label of search evidence found in the definition'}),
      examples: translate({id: 'search.evidence.examples', message: '使う場面', description: 'Label of search evidence found in an example of when to use the status'}),
      questions: translate({id: 'search.evidence.questions', message: '確認事項', description: 'Label of search evidence found in the questions to ask the customer'}),
      pointers: translate({id: 'search.evidence.pointers', message: '見分け方', description: 'Label of search evidence found in another status page pointing to this one'}),
      rest: translate({id: 'search.evidence.rest', message: 'ページ内', description: 'Label of search evidence found elsewhere on the page'}),
    },
    statusesHeading: translate({id: 'search.statusesHeading', message: 'ステータス', description: 'Heading above the statuses found by search'}),
    glossaryHeading: translate({id: 'search.glossaryHeading', message: '用語集の用語', description: 'Heading above the glossary terms found by search'}),
    count: translate({id: 'search.page.count', message: '「{query}」に当てはまるステータス: {count} 件', description: 'Result count of the search results page'}),
    none: translate({id: 'search.page.none', message: '「{query}」に当てはまるステータスは見つかりませんでした。', description: 'Result count when nothing was found'}),
    failed: translate({id: 'search.page.failed', message: '検索を読み込めませんでした。ページを再読み込みしてください。', description: 'Shown when the search could not be loaded'}),
    noneHelp: translate({id: 'search.page.noneHelp', message: '言葉を変えて検索するか、質問に答えてステータスを絞り込むか、一覧から選んでください。', description: 'Help under an empty search result'}),
    toFinder: translate({id: 'search.page.toFinder', message: 'ステータス診断 (質問に答えて選ぶ)', description: 'Link to the status finder from an empty search result'}),
    tellApartHeading: translate({id: 'search.tellApart.heading', message: '見分け方', description: 'Heading of the rules that tell two of the first results apart'}),
    tellApartPair: translate({id: 'search.tellApart.pair', message: '「{first}」と「{second}」の違い', description: 'Heading of one rule under the search results: the two statuses it tells apart'}),
    tellApartLead: translate({
      id: 'search.tellApart.lead',
      message: '上の結果には似ているステータスがあります。次の質問で、どちらかを選んでください。',
      description: 'Lead of the block that tells two of the first results apart',
    }),
    toTree: translate({id: 'search.page.toTree', message: 'ステータス一覧 (すべてのステータス)', description: 'Link to the status tree from an empty search result'}),
  };
}
