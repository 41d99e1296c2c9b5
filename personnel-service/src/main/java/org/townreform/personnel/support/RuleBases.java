package org.townreform.personnel.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.townreform.common.error.RuleBasis;

import io.quarkus.runtime.StartupEvent;

/**
 * The clause each business rule of personnel-service enforces, by problem code (answered as {@code basis} with every
 * refusal; the same texts stand in docs/problems.md and the README's rules table). Codes of input shape, duplicates,
 * dates out of order, authorisation and record state carry none.
 */
@ApplicationScoped
public class RuleBases {
    /** 第一篇: 石龙镇's pilot plan. */
    static final String SHILONG = "《东莞市石龙镇简政强镇试点工作实施方案》";
    /** 第五篇: 临溪镇's plan. */
    static final String LINXI = "《关于推进扩权强镇试点工作的实施方案》（临溪镇）";
    /** 第二篇: the district staffing office's account of the reform. */
    static final String STAFFING_REFORM = "《简政强镇事权改革工作》";
    static final String ESTABLISHMENT_REGULATION = "《地方各级人民政府机构设置和编制管理条例》";

    void register(@Observes StartupEvent start) {
        RuleBasis.register("OFFICE_LIMIT_EXCEEDED", SHILONG + "六（一）规范党政机构设置");
        RuleBasis.register("RANK_NOT_ALLOWED", SHILONG + "六（二）全面取消事业单位的行政级别");
        for (String code : new String[]{"MANAGEMENT_MODE_REQUIRED", "MANAGEMENT_MODE_NOT_APPLICABLE",
                "SUPERIOR_DEPARTMENT_REQUIRED"}) {
            RuleBasis.register(code, SHILONG + "五（一）派出机构、事业单位的管理体制");
        }
        for (String code : new String[]{"CO_LOCATION_INCOMPLETE", "CO_LOCATION_INVALID"}) {
            RuleBasis.register(code, SHILONG + "六（二）（三）合署办公，两块牌子、一套或两套人员");
        }
        RuleBasis.register("MERGE_INVALID", SHILONG + "六（二）合并组建");
        RuleBasis.register("QUOTA_EXCEEDED", LINXI + "四（六）在核定的编制范围内");
        RuleBasis.register("QUOTA_BELOW_OCCUPIED", LINXI + "四（六）在核定的编制范围内");
        RuleBasis.register("LEADERSHIP_POSTS_EXCEEDED", STAFFING_REFORM + "三 严格配备领导职数");
        RuleBasis.register("LEADERSHIP_POSTS_BELOW_HELD", STAFFING_REFORM + "三 严格配备领导职数");
        for (String code : new String[]{"UNIT_HAS_STAFF", "ALREADY_REGISTERED", "PERSON_REGISTERED"}) {
            RuleBasis.register(code, ESTABLISHMENT_REGULATION + "编制管理");
        }
        RuleBasis.register("NOT_APPOINTING_AUTHORITY", SHILONG + "五（一）；" + LINXI + "四（六）");
        RuleBasis.register("NOT_CONSULTED_PARTY", SHILONG + "五（一）征求主管部门意见；" + LINXI + "四（六）");
        RuleBasis.register("NOTICE_PERIOD_NOT_OVER", "《党政领导干部选拔任用工作条例》任前公示制度");
        RuleBasis.register("NOT_DUAL_UNIT", LINXI + "四（六）书面调整意见");
        RuleBasis.register("ALREADY_ASSESSED", "《公务员考核规定》年度考核");
        RuleBasis.register("EXCELLENT_SHARE_EXCEEDED", "《公务员考核规定》优秀等次一般掌握在20%以内");
    }
}
