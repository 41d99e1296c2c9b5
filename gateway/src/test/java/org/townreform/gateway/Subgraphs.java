package org.townreform.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.townreform.gateway.schema.Supergraph;

/** The committed subgraph snapshots, composed once for the unit tests. */
public final class Subgraphs {
    public static final Supergraph SUPERGRAPH = Supergraph.compose(snapshots());

    private Subgraphs() {
    }

    public static Map<String, String> snapshots() {
        Map<String, String> sdl = new LinkedHashMap<>();
        for (String name : List.of("personnel", "fiscal", "license")) {
            try (InputStream in = Subgraphs.class.getResourceAsStream("/subgraphs/" + name + ".graphql")) {
                sdl.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sdl;
    }
}
