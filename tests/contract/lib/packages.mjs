// Where the npm dependencies (ajv, ajv-formats, @epilot/cli) are installed. A developer runs
// `npm ci` here in tests/contract; CTest installs them into its build folder instead and names
// that folder in CONTRACT_PACKAGE_DIR, so parallel builds never write into the shared source tree.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageDir() {
  if (process.env.CONTRACT_PACKAGE_DIR) return path.resolve(process.env.CONTRACT_PACKAGE_DIR);
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
}

export const packageRequire = createRequire(path.join(packageDir(), 'package.json'));
