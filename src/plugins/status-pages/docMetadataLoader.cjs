/**
 * Docusaurus copies a page's front matter into its doc metadata, and the page's MDX module
 * exports the same front matter: the rules (or terms, or decisions) that
 * src/plugins/status-pages/frontMatter.ts writes into it would travel twice in the page's
 * chunk. The pages read them from the MDX module's front matter (useDoc), so the metadata
 * copy drops them. A loader for the docs plugin's generated metadata files (JSON).
 */
module.exports = function docMetadataLoader(source) {
  const {fields} = this.getOptions();
  const metadata = JSON.parse(source);
  if (!metadata || typeof metadata !== 'object' || !metadata.frontMatter) return source;
  const frontMatter = {...metadata.frontMatter};
  for (const field of fields) delete frontMatter[field];
  return JSON.stringify({...metadata, frontMatter});
};
