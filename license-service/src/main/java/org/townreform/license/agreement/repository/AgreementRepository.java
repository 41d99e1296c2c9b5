package org.townreform.license.agreement.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.townreform.license.agreement.DelegationAgreement;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AgreementRepository implements PanacheRepository<DelegationAgreement> {

    public Uni<List<DelegationAgreement>> page(Long afterId, String town, String department, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> p = new HashMap<>();
        where.add("id > :after");
        p.put("after", afterId == null ? 0L : afterId);
        if (town != null) {
            where.add("townCode = :town");
            p.put("town", town);
        }
        if (department != null) {
            where.add("department = :department");
            p.put("department", department);
        }
        return find(String.join(" and ", where), Sort.ascending("id"), p).page(0, limit).list();
    }

    /** Agreements of a town that cover the item. */
    public Uni<List<DelegationAgreement>> covering(String town, String itemCode) {
        return list("townCode = ?1 and id in (select ai.agreementId from AgreementItem ai where ai.itemCode = ?2)",
                Sort.ascending("id"), town, itemCode);
    }

    /** Agreements of a town that cover any of the items. */
    public Uni<List<DelegationAgreement>> coveringAny(String town, Collection<String> itemCodes) {
        return list("townCode = ?1 and id in (select ai.agreementId from AgreementItem ai where ai.itemCode in ?2)",
                Sort.ascending("id"), town, itemCodes);
    }

    public Uni<List<DelegationAgreement>> ofTowns(Collection<String> towns) {
        return list("townCode in ?1", Sort.ascending("id"), towns);
    }
}
