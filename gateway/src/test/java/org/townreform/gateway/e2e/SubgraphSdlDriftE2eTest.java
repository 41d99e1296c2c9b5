package org.townreform.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.townreform.gateway.e2e.E2eServices.Service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The subgraph SDL snapshots the gateway composes at start ({@code gateway/src/main/resources/subgraphs/*.graphql}) are
 * what the services answer today ({@code _service { sdl }}): a service that changed its schema without the snapshot being
 * refreshed ({@code gateway/subgraphs/fetch.sh}) fails here.
 */
@QuarkusTest
@TestProfile(E2eProfile.class)
class SubgraphSdlDriftE2eTest extends E2eTestBase {
    @ParameterizedTest
    @EnumSource(Service.class)
    void theSnapshotIsTheLiveSdl(Service s) throws IOException {
        Path snapshot = E2eServices.root().resolve("gateway/src/main/resources/subgraphs/" + s.key() + ".graphql");
        Response r = Gql.post(Gql.service(s), null, "{ _service { sdl } }");
        r.then().statusCode(200);
        String live = r.jsonPath().getString("data._service.sdl");

        assertThat(live).isNotBlank();
        assertThat(Files.readString(snapshot, StandardCharsets.UTF_8).stripTrailing())
                .as("%s is not %s's live SDL: run gateway/subgraphs/fetch.sh against the running services and commit it",
                        snapshot, s.module())
                .isEqualTo(live.stripTrailing());
    }
}
