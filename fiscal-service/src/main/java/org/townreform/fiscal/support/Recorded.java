package org.townreform.fiscal.support;

/** The answer of an idempotent write: the record, and whether this request created it (201) or found it (200). */
public record Recorded<T>(T value, boolean created) {
}
