// The import boundaries (docs/architecture.md): `npm run lint` runs this, and tests/lint/boundaries.test.ts shows
// it fails on a fixture that breaks them. dependency-cruiser, not eslint-plugin-import: it is made for rules
// between folders (path groups, folder-level cycles), resolves the project's `.ts` imports through tsconfig,
// and checks the whole tree in a few seconds, where import/no-cycle re-parses every file per rule.

/** The explorer's one-way flow, upstream first: a folder may import the ones before it, never those after. */
const webFlow = ['api', 'model', 'layout', 'render', 'interaction', 'views', 'shell'];
/** The controls → actions → state flow: state imports none of the explorer's drawing or views. */
const stateMayNotImport = ['api', 'layout', 'render', 'interaction', 'views', 'shell'];

const webFlowRules = webFlow.slice(0, -1).map((folder, i) => ({
  name: `web-flow-${folder}`,
  comment: `web/src/${folder} is upstream of ${webFlow.slice(i + 1).join(', ')} (api → model → layout → render → views)`,
  severity: 'error',
  from: { path: `^web/src/${folder}/` },
  to: { path: `^web/src/(${webFlow.slice(i + 1).join('|')})/` },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-isomorphic',
      comment:
        'core/ runs in Node and in the browser: it imports only itself, zod and d3-force — no server, web, neo4j or seed code, no node: modules, no DOM-only packages',
      severity: 'error',
      from: { path: '^core/' },
      to: { pathNot: '^(core/|node_modules/(zod|d3-force|d3-quadtree|d3-dispatch|d3-timer)/)' },
    },
    {
      name: 'web-not-server',
      comment: 'the browser code depends on core/, never on the server (or on neo4j/, seed/)',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(server|neo4j|seed)/' },
    },
    {
      name: 'server-not-web',
      comment: 'the server depends on core/, never on the browser code (it may read built files from dist/)',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^web/' },
    },
    {
      name: 'neo4j-not-app',
      comment: 'neo4j/ (the local database process) knows nothing of the server, the web or the seed',
      severity: 'error',
      from: { path: '^neo4j/' },
      to: { path: '^(server|web|seed|core)/' },
    },
    {
      name: 'no-folder-cycles',
      comment: 'folders import each other one way: a cycle between two folders means one concept is split between them',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(core|server|web|neo4j)/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      from: { path: '^(core|server|web|neo4j)/' },
      to: { circular: true },
    },
    {
      name: 'server-repository-is-downstream',
      comment: 'route → service → repository (→ .cypher): a repository imports no service and no route',
      severity: 'error',
      from: { path: '^server/.+\\.repository\\.ts$' },
      to: { path: '^server/.+\\.(service|routes)\\.ts$' },
    },
    {
      name: 'server-service-is-below-routes',
      comment: 'route → service: a service knows nothing of HTTP routes',
      severity: 'error',
      from: { path: '^server/.+\\.service\\.ts$' },
      to: { path: '^server/.+\\.routes\\.ts$' },
    },
    {
      name: 'server-routes-skip-no-layer',
      comment: 'routes call services, not repositories (server/services.ts wires each route to its service)',
      severity: 'error',
      from: { path: '^server/.+\\.routes\\.ts$' },
      to: { path: '^server/.+\\.repository\\.ts$' },
    },
    ...webFlowRules,
    {
      name: 'web-state-is-upstream',
      comment: 'controls → actions → state: the store and its actions import no drawing, layout, views or fetching',
      severity: 'error',
      from: { path: '^web/src/state/' },
      to: { path: `^web/src/(${stateMayNotImport.join('|')})/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\\.data|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    combinedDependencies: false,
  },
};
