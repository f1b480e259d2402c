// A file the build writes into .docusaurus/ and bundles as a URL (asset/resource): unit tests see a fixed URL.
export default '/assets/search/generated-file.json';
