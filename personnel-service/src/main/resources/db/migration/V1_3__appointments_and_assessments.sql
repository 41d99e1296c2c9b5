-- Appointments and removals (SPEC §2.4), posts held, adjustment requests, annual assessments (SPEC §2.5).

create table appointment_case (
    id                     bigint generated always as identity primary key,
    town_code              varchar(9)    not null references town (code),
    case_type              varchar(20)   not null check (case_type in ('APPOINT', 'REMOVE', 'TRANSFER', 'SECONDMENT')),
    person_id              bigint        not null references person (id),
    unit_id                bigint        not null references org_unit (id),
    post_title             varchar(100)  not null,
    is_leading             boolean       not null,
    -- Who decides: TOWN (town-leader) or DEPARTMENT (dept-officer of deciding_department), fixed when the case opens.
    authority              varchar(20)   not null check (authority in ('TOWN', 'DEPARTMENT')),
    deciding_department    varchar(100),
    -- The side consulted before deciding: a department name, or the town party committee; null when none.
    consulted_party        varchar(100),
    status                 varchar(20)   not null check (status in ('DRAFT', 'CONSULTATION', 'COORDINATION', 'DECIDED',
                                                                    'PUBLIC_NOTICE', 'EFFECTIVE', 'WITHDRAWN')),
    reason                 varchar(1000),
    opened_on              date          not null,
    opened_by              varchar(200)  not null,
    last_action_on         date          not null,
    consulted_on           date,
    opinion                varchar(10)   check (opinion in ('AGREE', 'DISAGREE')),
    opinion_text           varchar(2000),
    opinion_on             date,
    opinion_by             varchar(200),
    coordination_outcome   varchar(10)   check (coordination_outcome in ('PROCEED', 'WITHDRAW')),
    coordination_text      varchar(2000),
    coordinated_on         date,
    coordinated_by         varchar(200),
    meeting_reference      varchar(100),
    decided_on             date,
    decided_by             varchar(200),
    notice_started_on      date,
    notice_working_days    integer       check (notice_working_days >= 1),
    effective_on           date,
    made_effective_by      varchar(200),
    withdrawn_on           date,
    withdrawn_by           varchar(200),
    withdraw_reason        varchar(1000),
    note                   varchar(500),
    created_at             timestamptz   not null,
    version                bigint        not null default 0
);
create index appointment_case_town on appointment_case (town_code, status, id);
create index appointment_case_person on appointment_case (person_id);

-- Objections received during the pre-appointment notice (任前公示).
create table appointment_objection (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null references appointment_case (id),
    received_on  date          not null,
    text         varchar(2000) not null,
    recorded_by  varchar(200)  not null,
    recorded_at  timestamptz   not null
);
create index appointment_objection_case on appointment_objection (case_id, id);

-- A post held by a person in a unit, opened and closed by effective appointment cases (or recorded as demo history).
create table post_holding (
    id                        bigint generated always as identity primary key,
    person_id                 bigint        not null references person (id),
    unit_id                   bigint        not null references org_unit (id),
    town_code                 varchar(9)    not null references town (code),
    post_title                varchar(100)  not null,
    is_leading                boolean       not null,
    secondment                boolean       not null default false,
    started_on                date          not null,
    ended_on                  date,
    appointment_id            bigint        references appointment_case (id),
    ended_by_appointment_id   bigint        references appointment_case (id),
    note                      varchar(500),
    created_at                timestamptz   not null,
    version                   bigint        not null default 0,
    constraint post_holding_period check (ended_on is null or ended_on >= started_on)
);
create index post_holding_unit on post_holding (unit_id, ended_on);
create index post_holding_person on post_holding (person_id, ended_on);
create index post_holding_town on post_holding (town_code, ended_on);

-- 书面调整意见: the town's written request about the head of a DUAL unit; the department acts within a month.
create table adjustment_request (
    id                bigint generated always as identity primary key,
    town_code         varchar(9)    not null references town (code),
    unit_id           bigint        not null references org_unit (id),
    person_id         bigint        references person (id),
    department        varchar(100)  not null,
    request_text      varchar(2000) not null,
    reference         varchar(100),
    sent_on           date          not null,
    sent_by           varchar(200)  not null,
    status            varchar(10)   not null check (status in ('OPEN', 'RESOLVED')),
    outcome           varchar(20)   check (outcome in ('ADJUSTED', 'RETAINED')),
    resolution_text   varchar(2000),
    resolved_on       date,
    resolved_by       varchar(200),
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint adjustment_request_resolution check ((status = 'RESOLVED') = (resolved_on is not null))
);
create index adjustment_request_town on adjustment_request (town_code, status, id);

-- 年度考核.
create table assessment (
    id                bigint generated always as identity primary key,
    town_code         varchar(9)    not null references town (code),
    person_id         bigint        not null references person (id),
    unit_id           bigint        not null references org_unit (id),
    year              integer       not null check (year between 1990 and 2200),
    grade             varchar(25)   not null check (grade in ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')),
    proposed_grade    varchar(25)   check (proposed_grade in ('EXCELLENT', 'COMPETENT', 'BASICALLY_COMPETENT', 'INCOMPETENT')),
    status            varchar(12)   not null check (status in ('RECORDED', 'PROPOSED', 'CONFIRMED')),
    confirming_department varchar(100),
    recorded_on       date          not null,
    recorded_by       varchar(200)  not null,
    comment           varchar(1000),
    confirmed_on      date,
    confirmed_by      varchar(200),
    confirm_comment   varchar(1000),
    note              varchar(500),
    created_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint assessment_one_per_person_and_year unique (person_id, year)
);
create index assessment_unit_year on assessment (unit_id, year);
