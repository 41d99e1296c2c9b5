package org.townreform.license.catalogue;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did: every data row is either accepted (created, updated or unchanged) or rejected with reasons. */
public record ImportReport(String fileName, int dataRows, int acceptedCount, int rejectedCount, int created,
        int updated, int unchanged, List<AcceptedRow> accepted, List<RejectedRow> rejected) {

    public enum Action {
        CREATED, UPDATED, UNCHANGED
    }

    public record AcceptedRow(int row, @Schema(example = "DG-CG-001") String code, Action action) {
    }

    public record RejectedRow(int row, @Schema(example = "DG-CG-001") String code, List<String> reasons) {
    }
}
