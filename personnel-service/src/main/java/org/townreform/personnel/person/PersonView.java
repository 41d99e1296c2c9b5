package org.townreform.personnel.person;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.common.id.ResidentIdNumber;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A person as callers read it: the ID number masked unless the caller's role needs the full number. */
@Type("Person")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Person")
@Key(fields = @FieldSet("id"))
@Description("A member of staff of a town")
public record PersonView(
        @Id long id,
        String townCode,
        String name,
        @Description("居民身份证号, masked (4419**********123X) unless the caller is county-org or supervisor") String residentId,
        boolean residentIdMasked,
        ResidentIdNumber.Gender gender,
        LocalDate birthDate,
        StaffType staffType,
        @Description("职级") String rank,
        String note,
        @Description("执法证, all recorded (valid or not)") List<CertificateView> certificates,
        @Description("The open staffing registration (编制实名制), if any") CurrentRegistration currentRegistration,
        @Description("Posts held now") List<HeldPost> posts,
        long version) {

    @Type("CurrentRegistration")
    public record CurrentRegistration(@Id long id, @Id long unitId, String unitName, StaffType slotType, String post,
            LocalDate startedOn) {
    }

    @Type("HeldPost")
    public record HeldPost(@Id long unitId, String unitName, String postTitle, boolean leading, boolean secondment,
            LocalDate startedOn) {
    }
}
