// Apollo Gateway over the three subgraphs (IntrospectAndCompose), passing the caller's bearer token, request id and
// trace context to every subgraph like our gateway does.
//   PORT=14001 PERSONNEL_URL=... FISCAL_URL=... LICENSE_URL=... node apollo.mjs
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';

const FORWARDED = ['authorization', 'x-request-id', 'traceparent'];

class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    for (const name of FORWARDED) {
      const value = context.headers?.[name];
      if (value) request.http.headers.set(name, value);
    }
  }
}

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({
    subgraphs: [
      { name: 'personnel', url: `${process.env.PERSONNEL_URL}/graphql` },
      { name: 'fiscal', url: `${process.env.FISCAL_URL}/graphql` },
      { name: 'license', url: `${process.env.LICENSE_URL}/graphql` },
    ],
  }),
  buildService: ({ url }) => new ForwardingDataSource({ url }),
});

const server = new ApolloServer({ gateway, introspection: true });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 14001) },
  context: async ({ req }) => ({ headers: req.headers }),
});
console.log(`apollo-gateway ready at ${url}`);
