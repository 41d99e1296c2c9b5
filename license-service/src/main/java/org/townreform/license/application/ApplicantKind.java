package org.townreform.license.application;

/** A person (identified by resident ID number) or an organisation (by unified social credit code). */
public enum ApplicantKind {
    PERSON, ORGANISATION
}
