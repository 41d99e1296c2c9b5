package org.townreform.personnel.person;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.common.id.ResidentIdNumber;
import org.townreform.personnel.config.Descriptions;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A person as callers read it: the ID number masked unless the caller's role needs the full number. */
@Type("Person")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("Person")
@Key(fields = @FieldSet("id"))
@Description("A member of staff of a town")
public record PersonView(
        @Description("The person's id, stable, as assigned by this service") @Id long id,
        @Description(Descriptions.TOWN_CODE + " the person is staff of") @Schema(example = "441900113") String townCode,
        @Description("Full name") @Schema(example = "林国强") String name,
        @Description("居民身份证号, masked (4419**********123X) unless the caller is county-org or supervisor") @Schema(example = "441900197503121036") String residentId,
        @Description("True when residentId is masked: for every caller but county-org and supervisor") boolean residentIdMasked,
        @Description("Gender, from the resident ID number (the parity of its 17th digit)") ResidentIdNumber.Gender gender,
        @Description("Birth date, from the resident ID number") LocalDate birthDate,
        @Description(Descriptions.STAFF_TYPE) StaffType staffType,
        @Description("职级 (e.g. 一级科员); null when none") @Schema(example = "一级主任科员") String rank,
        @Description(Descriptions.NOTE_OUT) String note,
        @Description("执法证, all recorded (valid or not)") List<CertificateView> certificates,
        @Description("The open staffing registration (编制实名制), if any") CurrentRegistration currentRegistration,
        @Description("Posts held now (not ended), in the order recorded") List<HeldPost> posts,
        @Description(Descriptions.VERSION_OUT) long version) {

    @Type("CurrentRegistration")
    @Description("The person's open staffing registration (编制实名制): the slot they occupy")
    public record CurrentRegistration(
            @Description("Id of the registration (Registration.id)") @Id long id,
            @Description("Id of the unit of the slot (OrgUnit.id)") @Id long unitId,
            @Description("The unit's name") @Schema(example = "党政人大办公室") String unitName,
            @Description("The quota the slot counts against: the person's staff type when registered") StaffType slotType,
            @Description("The post (岗位) registered; null when none") String post,
            @Description("Day the registration began") LocalDate startedOn) {
    }

    @Type("HeldPost")
    @Description("A post (职务) the person holds, opened by an effective appointment, transfer or secondment")
    public record HeldPost(
            @Description("Id of the unit the post is in (OrgUnit.id)") @Id long unitId,
            @Description("The unit's name") @Schema(example = "党政人大办公室") String unitName,
            @Description("The post's title (e.g. 主任)") @Schema(example = "党政人大办公室主任") String postTitle,
            @Description("True for a leading post (主要负责人 or deputy): it counts against the unit's leadership posts and "
                    + "for rotation (定期轮岗)") boolean leading,
            @Description("True when held on secondment (挂职): the person's registration stays where it is") boolean secondment,
            @Description("Day the post was taken up") LocalDate startedOn) {
    }
}
