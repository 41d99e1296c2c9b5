package org.townreform.common.towns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** personnel-service's public answer for a recorded town, as in {@code contracts/personnel-public-towns.json}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegisteredTown(String code, String name) {
}
