/**
 * The layer direction, enforced (`npm run lint`). The core — model, parse, extract, reconcile — reads
 * bytes and returns records; it never reaches out to where records are kept, queued, written or shown.
 * So a rule can be tested on a string, and the CLI, server and workers stay thin shells around it.
 */
module.exports = {
  forbidden: [
    {
      name: 'core-not-to-shell',
      severity: 'error',
      comment: 'model, parse, extract and reconcile are the pure core: they must not import the store, the queue, the exports, the CLI, the server or the review desk',
      from: { path: '^src/(model|parse|extract|reconcile)/' },
      to: { path: '^src/(store|queue|export|cli|server|review)(/|\\.ts$)' },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: 'src/model is the shared vocabulary: it imports no other layer of budgetlens',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/model/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'an import cycle makes load order matter and the layers blur',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/vendor)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js'] },
  },
};
