import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Astro's own Vite set-up, so the tests can render .astro components with the container API.
export default getViteConfig({
  test: { name: 'parity', root: fileURLToPath(new URL('../..', import.meta.url)), include: ['tests/parity/**/*.test.ts'], testTimeout: 30_000 },
});
