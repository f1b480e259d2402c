// The build writes the taxonomy of the locale being built (src/plugins/status-pages); unit
// tests render components in either locale, so their double holds both, made the same way.
import {finderQuestions, firstQuestion, locales, taxonomy} from '../../../src/taxonomy';
import {localizeSite} from '../../../src/taxonomy/localized';

export default Object.fromEntries(locales.map((locale) => [locale, localizeSite(locale, taxonomy, {first: firstQuestion, questions: finderQuestions})]));
