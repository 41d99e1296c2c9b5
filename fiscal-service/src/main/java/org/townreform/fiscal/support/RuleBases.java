package org.townreform.fiscal.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.RuleBasis;

import io.quarkus.runtime.StartupEvent;

/**
 * The clause each of fiscal-service's business rules enforces, by problem code: every refusal names it ({@code basis} in
 * problem+json, {@code extensions.basis} in GraphQL), and docs/problems.md lists the same text. The sharing rules come
 * from the pilot plans; the ledger's corrections and numbering from the Ministry of Finance's 《会计基础工作规范》; the
 * fiscal year from the Budget Law. Codes of input shape and of resends (PERIOD_IN_FUTURE, EXTERNAL_REF_REUSED,
 * POLICY_END_NOT_EARLIER, DATE_BEFORE_SETTLEMENT) enforce no such clause and have none.
 */
@ApplicationScoped
public class RuleBases {
    /** 《绥阳县蒲场镇扩权强镇改革试点工作实施方案》: the financial measures are its 五（三）. */
    static final String PUCHANG = "《绥阳县蒲场镇扩权强镇改革试点工作实施方案》";
    /** 临溪镇's plan: the financial measures are its 四（三）. */
    static final String LINXI = "《关于推进扩权强镇试点工作的实施方案》（临溪镇）";
    static final String ACCOUNTING = "《会计基础工作规范》";

    void register(@Observes StartupEvent start) {
        // ledger: corrections are red (reversing) entries of an entry already booked, never edits
        RuleBasis.register("ALREADY_REVERSED", ACCOUNTING + "第五十一条（五）：用红字注销原凭证");
        RuleBasis.register("REVERSAL_EXCEEDS_REMAINING", ACCOUNTING + "第五十一条（五）：金额错误按差额调整，调减金额用红字");
        RuleBasis.register("CANNOT_REVERSE_A_REVERSAL", ACCOUNTING + "第五十一条（五）：红字注销后用蓝字重新填制正确的凭证");
        RuleBasis.register("REVERSAL_BEFORE_ORIGINAL", ACCOUNTING + "第五十一条（五）：更正已经登记入账的记账凭证");
        RuleBasis.register("DUPLICATE_VOUCHER", ACCOUNTING + "第五十一条：记账凭证连续编号");
        // the year and its settlement (决算)
        RuleBasis.register("PERIOD_CLOSED", PUCHANG + "五（三）1：与蒲场镇办理财政决算");
        RuleBasis.register("YEAR_NOT_ENDED", "《中华人民共和国预算法》第十八条：预算年度自公历一月一日起，至十二月三十一日止");
        // sharing policies
        RuleBasis.register("POLICY_OVERLAP", LINXI + "四（三）：一定五年不变");
        RuleBasis.register("POLICY_NOT_WHOLE_MONTHS", LINXI + "四（三）：县财政原则上每月调拔一次");
        RuleBasis.register("CATEGORY_IN_TWO_RULES", PUCHANG + "五（三）2–3：各项收入分别定返还比例");
        RuleBasis.register("MINING_RIGHTS_RATE_TOO_LOW", PUCHANG + "五（三）3：按不低于50%的比例返还");
        // monthly statements: issued month by month, in order, and never rewritten
        RuleBasis.register("STATEMENT_ALREADY_ISSUED", ACCOUNTING + "第六十二条：账簿记录不准涂改");
        RuleBasis.register("EARLIER_PERIOD_NOT_ISSUED", LINXI + "四（三）：县财政原则上每月调拔一次");
        // disbursements: the county transfers the return the plan gives, no more
        RuleBasis.register("OVER_DISBURSEMENT", PUCHANG + "五（三）2–3：按规定比例返还");
    }
}
