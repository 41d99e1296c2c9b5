package org.townreform.license.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.RuleBasis;

import io.quarkus.runtime.StartupEvent;

/**
 * The clause each business refusal of license-service enforces (依据), registered by code at start-up: every refusal
 * with the code answers it ({@code basis} in problem+json, {@code extensions.basis} in GraphQL). The same texts are the
 * basis column of the license-service table in {@code docs/problems.md}, which {@code RuleBasesTest} holds to these.
 * Codes of input shape, references to nothing, authorisation, outages and the rate limit enforce no rule and have none.
 */
@ApplicationScoped
public class RuleBases {
    static final String LAW = "《中华人民共和国行政许可法》";
    static final String SHILONG = "《东莞市石龙镇简政强镇试点工作实施方案》";
    static final String LINXI = "《关于推进扩权强镇试点工作的实施方案》（临溪镇）";
    static final String RATINGS = "《国务院办公厅关于建立政务服务“好差评”制度提高政务服务水平的意见》（国办发〔2019〕51号）";

    void register(@Observes StartupEvent start) {
        // a town acts only within the agreement in force (在委托范围内行使权限, 严禁超越权限)
        RuleBasis.register("BEYOND_DELEGATED_AUTHORITY", LAW + "第二十四条；" + SHILONG + "五（二）");
        // a department entrusts only what it holds (在其法定职权范围内, 可以委托)
        RuleBasis.register("ITEM_NOT_OF_DEPARTMENT", LAW + "第二十四条第一款");
        // one agreement (委托协议书) a time per item: whose name and seal a decision carries is never in doubt
        RuleBasis.register("AGREEMENT_OVERLAP", SHILONG + "五（二）");
        // accepted only when the materials are complete (申请材料齐全…应当受理); otherwise the one-time notice
        RuleBasis.register("MATERIALS_MISSING", LAW + "第三十二条第一款第（四）项、第（五）项");
        RuleBasis.register("NOTHING_TO_SUPPLEMENT", LAW + "第三十二条第一款第（四）项");
        // 一次告知申请人需要补正的全部内容
        RuleBasis.register("SUPPLEMENT_ALREADY_REQUESTED", LAW + "第三十二条第一款第（四）项");
        // 逾期不告知的, 自收到申请材料之日起即为受理
        RuleBasis.register("DEEMED_ACCEPTED", LAW + "第三十二条第一款第（四）项");
        // 以相关部门行政执法人员的身份…经申领行政执法证件后, 持证上岗
        RuleBasis.register("REVIEWER_REQUIRED", LINXI + "五（二）");
        RuleBasis.register("REVIEWER_UNKNOWN", LINXI + "五（二）");
        RuleBasis.register("REVIEWER_NOT_CERTIFIED", LINXI + "五（二）");
        // 由试点镇人民政府办理预审, 县投资主管部门"见文行文", 予以转报
        RuleBasis.register("NO_FORWARDING", LINXI + "四（一）");
        // 好差评: a case is rated once it has been handled
        RuleBasis.register("CASE_NOT_ENDED", RATINGS);
        RuleBasis.register("ALREADY_EVALUATED", RATINGS);
    }
}
