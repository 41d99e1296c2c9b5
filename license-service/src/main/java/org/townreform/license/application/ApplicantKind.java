package org.townreform.license.application;

import org.eclipse.microprofile.graphql.Description;

/** A person (identified by resident ID number) or an organisation (by unified social credit code). */
@Description("Who applies: a person or an organisation")
public enum ApplicantKind {
    @Description("A natural person, identified by resident ID number (居民身份证号)")
    PERSON, @Description("An organisation, identified by unified social credit code (统一社会信用代码)")
    ORGANISATION
}
