package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** A recorded disbursement. */
@Type("Disbursement")
@Description("A disbursement (调拨): a transfer of returns to a town for one period and earmark, by voucher; never changed")
public record DisbursementView(
        @Description("The disbursement's id, stable, as assigned by this service") long id,
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The return period paid, YYYY-MM") @Schema(example = "2026-03") String period,
        @Description("The earmark paid (专项用途); null for general-purpose returns") @Schema(example = "城市更新") String earmark,
        @Description("Voucher number (凭证号), unique per town") @Schema(example = "演示-113-202603-G") String voucherNo,
        @Description("Day of the transfer") LocalDate date,
        @Description("The amount transferred, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
        @Description("The note recorded with it; null when none") String note,
        @Description("User name (preferred_username of the token) of who recorded it") String recordedBy,
        @Description("When it was recorded, at +08:00") OffsetDateTime recordedAt) {

    public static DisbursementView of(Disbursement d) {
        return new DisbursementView(d.id, d.townCode, java.time.YearMonth.of(d.periodYear, d.periodMonth).toString(),
                d.earmark, d.voucherNo, d.disbursedOn, d.amount, d.note, d.recordedBy, d.recordedAt);
    }
}
