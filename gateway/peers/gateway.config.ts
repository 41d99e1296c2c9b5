// Hive Gateway over the supergraph composed by compose.config.ts. Like our gateway, it passes the caller's bearer
// token (and request id) to every subgraph and widens no access.
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs({ request }) {
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'x-request-id', 'traceparent']) {
        const value = request.headers.get(name);
        if (value) headers[name] = value;
      }
      return headers;
    },
  },
});
