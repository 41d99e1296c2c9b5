-- Organisation units (SPEC §2.2), people, enforcement certificates and staffing registrations (SPEC §2.3).

create table org_unit (
    id                    bigint generated always as identity primary key,
    town_code             varchar(9)   not null references town (code),
    name                  varchar(100) not null,
    kind                  varchar(30)  not null check (kind in ('INTERNAL_OFFICE', 'BUREAU', 'PUBLIC_INSTITUTION',
                                                            'DISPATCHED_AGENCY', 'COORDINATION_COMMITTEE',
                                                            'MASS_ORGANIZATION', 'OTHER_STATUTORY')),
    -- 加挂牌子: the extra names, one per line (a name never holds a line break); searched together with name.
    nameplates            text         not null default '',
    superior_department   varchar(100),
    management_mode       varchar(20)  check (management_mode in ('VERTICAL', 'DEVOLVED', 'DUAL', 'UNCHANGED')),
    co_located_with_id    bigint       references org_unit (id),
    staff_sets            varchar(3)   check (staff_sets in ('ONE', 'TWO')),
    administrative_quota  integer      not null default 0 check (administrative_quota >= 0),
    institution_quota     integer      not null default 0 check (institution_quota >= 0),
    leadership_posts      integer      not null default 0 check (leadership_posts >= 0),
    rank                  varchar(30),
    status                varchar(20)  not null check (status in ('ACTIVE', 'MERGED', 'ABOLISHED')),
    merged_into_id        bigint       references org_unit (id),
    status_date           date,
    status_reference      varchar(100),
    note                  varchar(500),
    created_at            timestamptz  not null,
    version               bigint       not null default 0,
    -- 事业单位不设行政级别.
    constraint org_unit_no_rank_for_institutions check (kind <> 'PUBLIC_INSTITUTION' or rank is null),
    constraint org_unit_merged_has_target check ((status = 'MERGED') = (merged_into_id is not null)),
    constraint org_unit_co_location_has_staff_sets check ((co_located_with_id is null) = (staff_sets is null)),
    constraint org_unit_not_co_located_with_itself check (co_located_with_id is null or co_located_with_id <> id)
);
create index org_unit_town on org_unit (town_code, id);

create table person (
    id           bigint generated always as identity primary key,
    town_code    varchar(9)   not null references town (code),
    name         varchar(50)  not null,
    resident_id  varchar(18)  not null,
    gender       varchar(6)   not null check (gender in ('MALE', 'FEMALE')),
    birth_date   date         not null,
    staff_type   varchar(20)  not null check (staff_type in ('ADMINISTRATIVE', 'INSTITUTION', 'CONTRACT')),
    rank         varchar(30),
    note         varchar(500),
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint person_resident_id_unique unique (resident_id)
);
create index person_town on person (town_code, id);

-- 执法证.
create table enforcement_certificate (
    id             bigint generated always as identity primary key,
    person_id      bigint       not null references person (id),
    department     varchar(100) not null,
    number         varchar(50)  not null,
    valid_from     date         not null,
    valid_to       date         not null,
    revoked_on     date,
    revoke_reason  varchar(500),
    recorded_by    varchar(200) not null,
    recorded_at    timestamptz  not null,
    version        bigint       not null default 0,
    constraint enforcement_certificate_period check (valid_to >= valid_from),
    constraint enforcement_certificate_number_unique unique (department, number)
);
create index enforcement_certificate_person on enforcement_certificate (person_id, department);

-- 编制实名制: one person, one slot of one unit. Closed, never deleted.
create table registration (
    id                        bigint generated always as identity primary key,
    person_id                 bigint       not null references person (id),
    unit_id                   bigint       not null references org_unit (id),
    town_code                 varchar(9)   not null references town (code),
    slot_type                 varchar(20)  not null check (slot_type in ('ADMINISTRATIVE', 'INSTITUTION', 'CONTRACT')),
    post                      varchar(100),
    started_on                date         not null,
    ended_on                  date,
    end_reason                varchar(20)  check (end_reason in ('ENDED', 'TRANSFERRED', 'MERGED')),
    end_note                  varchar(500),
    previous_registration_id  bigint       references registration (id),
    note                      varchar(500),
    created_at                timestamptz  not null,
    version                   bigint       not null default 0,
    constraint registration_period check (ended_on is null or ended_on >= started_on),
    constraint registration_end_has_reason check ((ended_on is null) = (end_reason is null))
);
-- 编制、岗位和人员一一对应: at most one open registration per person.
create unique index registration_one_open_per_person on registration (person_id) where ended_on is null;
create index registration_unit on registration (unit_id, ended_on);
create index registration_town on registration (town_code, ended_on);
