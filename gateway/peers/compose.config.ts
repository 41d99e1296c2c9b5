// Composes the three subgraphs into a supergraph with Hive's composer (used by the peer comparison and bench/).
// The subgraph addresses come from PERSONNEL_URL, FISCAL_URL and LICENSE_URL.
import { defineConfig, loadGraphQLHTTPSubgraph } from '@graphql-mesh/compose-cli';

const subgraph = (name: string, url: string | undefined) => ({
  sourceHandler: loadGraphQLHTTPSubgraph(name, { endpoint: `${url}/graphql`, federation: true }),
});

export const composeConfig = defineConfig({
  subgraphs: [
    subgraph('personnel', process.env.PERSONNEL_URL),
    subgraph('fiscal', process.env.FISCAL_URL),
    subgraph('license', process.env.LICENSE_URL),
  ],
});
