package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/** A recorded disbursement. */
@Type("Disbursement")
public record DisbursementView(long id, String townCode, String period, String earmark, String voucherNo,
        LocalDate date, @NumberFormat(value = "0.00", locale = "en") BigDecimal amount, String note,
        String recordedBy, OffsetDateTime recordedAt) {

    public static DisbursementView of(Disbursement d) {
        return new DisbursementView(d.id, d.townCode, java.time.YearMonth.of(d.periodYear, d.periodMonth).toString(),
                d.earmark, d.voucherNo, d.disbursedOn, d.amount, d.note, d.recordedBy, d.recordedAt);
    }
}
