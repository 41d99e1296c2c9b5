-- Applications (办件, SPEC §4.3), forwarding records of pre-review items, filings (SPEC §4.4),
-- evaluations, rectifications and complaints (SPEC §4.5).

create sequence application_number_seq;

create table application (
    id                       bigint generated always as identity primary key,
    number                   varchar(40)   not null unique,
    -- SHA-256 (hex) of the verification code given to the applicant at submission; the code itself is not kept.
    verification_hash        varchar(64)   not null,
    town_code                varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    item_code                varchar(40)   not null references catalogue_item (code),
    agreement_id             bigint        references delegation_agreement (id),
    applicant_kind           varchar(12)   not null check (applicant_kind in ('PERSON', 'ORGANISATION')),
    applicant_name           varchar(200)  not null,
    applicant_id_number      varchar(18)   not null,
    applicant_phone          varchar(30)   not null,
    channel                  varchar(10)   not null check (channel in ('COUNTER', 'ONLINE', 'MOBILE')),
    -- ["material name", ...]: what the applicant has handed in so far
    materials                text          not null default '[]',
    state                    varchar(24)   not null,
    submitted_on             date          not null,
    accepted_on              date,
    deemed_accepted          boolean       not null default false,
    supplement_requested_on  date,
    supplement_notice        text,
    supplement_resume_state  varchar(24),
    supplemented_on          date,
    not_accepted_reason      varchar(1000),
    decided_on               date,
    decision_outcome         varchar(24)   check (decision_outcome in ('APPROVED', 'DENIED')),
    decision_number          varchar(60),
    decision_reason          varchar(2000),
    issued_in_name_of        varchar(200),
    seal_name                varchar(200),
    reviewer_id              bigint,
    reviewer_certificate     varchar(100),
    ended_on                 date,
    end_reason               varchar(1000),
    transferred_to           varchar(100),
    source                   varchar(20)   not null default 'API',
    created_at               timestamptz   not null,
    version                  bigint        not null default 0
);
create index application_town on application (town_code, id);
create index application_town_state on application (town_code, state);
create index application_item on application (item_code);

-- Each transition: who, when, from and to (SPEC §4.3: each transition records actor and time).
create table application_transition (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null references application (id),
    action          varchar(30)   not null,
    from_state      varchar(24),
    to_state        varchar(24)   not null,
    action_date     date          not null,
    actor           varchar(200)  not null,
    actor_roles     varchar(300)  not null,
    recorded_at     timestamptz   not null,
    note            varchar(2000)
);
create index application_transition_application on application_transition (application_id, id);

-- 预审 "见文行文": a pre-review approval forwarded to the department, which answers forwarded or returned.
create table forwarding (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null unique references application (id),
    department      varchar(100)  not null,
    forwarded_on    date          not null,
    status          varchar(12)   not null check (status in ('PENDING', 'FORWARDED', 'RETURNED')),
    answered_on     date,
    reference       varchar(100),
    note            varchar(2000),
    answered_by     varchar(200),
    version         bigint        not null default 0
);

create table filing (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null unique references application (id),
    department      varchar(100)  not null,
    receipt_number  varchar(100)  not null,
    received_on     date          not null,
    due_on          date          not null,
    late            boolean       not null,
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null
);

create table evaluation (
    id              bigint generated always as identity primary key,
    application_id  bigint        not null unique references application (id),
    town_code       varchar(9)    not null,
    rating          integer       not null check (rating between 1 and 5),
    comment         varchar(2000),
    evaluated_on    date          not null,
    channel         varchar(20)   not null check (channel in ('CLERK', 'VERIFICATION_CODE')),
    recorded_by     varchar(200)  not null,
    recorded_at     timestamptz   not null
);
create index evaluation_town on evaluation (town_code);

-- A rating of 1 or 2 opens a rectification (整改) with a deadline and a required callback (回访) to the applicant.
create table rectification (
    id                   bigint generated always as identity primary key,
    evaluation_id        bigint        not null unique references evaluation (id),
    application_id       bigint        not null references application (id),
    town_code            varchar(9)    not null,
    opened_on            date          not null,
    working_days         integer       not null,
    status               varchar(10)   not null check (status in ('OPEN', 'COMPLETED')),
    measures             varchar(2000),
    callback_on          date,
    callback_note        varchar(2000),
    applicant_satisfied  boolean,
    completed_on         date,
    completed_by         varchar(200),
    version              bigint        not null default 0
);
create index rectification_town on rectification (town_code, id);

-- 效能投诉
create table complaint (
    id              bigint generated always as identity primary key,
    town_code       varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    application_id  bigint        references application (id),
    received_on     date          not null,
    working_days    integer       not null,
    channel         varchar(20)   not null check (channel in ('CLERK', 'VERIFICATION_CODE')),
    subject         varchar(200)  not null,
    content         varchar(4000) not null,
    contact_phone   varchar(30),
    status          varchar(10)   not null check (status in ('OPEN', 'RESOLVED')),
    handler         varchar(200),
    outcome         varchar(4000),
    resolved_on     date,
    recorded_by     varchar(200)  not null,
    source          varchar(20)   not null default 'API',
    recorded_at     timestamptz   not null,
    version         bigint        not null default 0
);
create index complaint_town on complaint (town_code, id);
