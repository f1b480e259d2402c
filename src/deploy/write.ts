/** `npm run deploy:config`: writes the generated parts of the deploy recipes. */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {generatedFiles} from './render';

const root = path.resolve(__dirname, '../..');
for (const [file, render] of Object.entries(generatedFiles)) {
  writeFileSync(path.join(root, file), render());
  console.log(`wrote ${file}`);
}
