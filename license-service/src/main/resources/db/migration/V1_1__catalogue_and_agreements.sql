-- Catalogue of delegated powers (SPEC §4.1) and delegation agreements between departments and towns (SPEC §4.2).

create table catalogue_item (
    code            varchar(40)    primary key,
    name            varchar(200)   not null,
    kind            varchar(20)    not null check (kind in ('LICENSE', 'APPROVAL', 'PRE_REVIEW', 'ENFORCEMENT', 'FILING')),
    department      varchar(100)   not null,
    legal_basis     varchar(1000),
    statutory_days  integer        not null check (statutory_days between 1 and 3650),
    promised_days   integer        not null check (promised_days >= 1),
    -- [{"name": "...", "required": true}, ...]
    materials       text           not null default '[]',
    fee             numeric(18, 2) not null default 0 check (fee >= 0),
    source          varchar(20)    not null default 'API',
    created_at      timestamptz    not null,
    updated_at      timestamptz    not null,
    version         bigint         not null default 0,
    constraint catalogue_item_promised_within_statutory check (promised_days <= statutory_days)
);
create index catalogue_item_department on catalogue_item (department, code);

create table delegation_agreement (
    id                 bigint generated always as identity primary key,
    reference          varchar(100)  not null,
    department         varchar(100)  not null,
    town_code          varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    town_name          varchar(100)  not null,
    mode               varchar(12)   not null check (mode in ('ENTRUSTED', 'DEVOLVED')),
    valid_from         date          not null,
    valid_to           date          not null,
    seal_name          varchar(200)  not null,
    seal_number        varchar(100),
    status             varchar(12)   not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason      varchar(500),
    status_changed_on  date,
    source             varchar(20)   not null default 'API',
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    version            bigint        not null default 0,
    constraint delegation_agreement_dates check (valid_to >= valid_from)
);
create index delegation_agreement_town on delegation_agreement (town_code, id);
create index delegation_agreement_department on delegation_agreement (department, id);

create table agreement_item (
    id            bigint generated always as identity primary key,
    agreement_id  bigint       not null references delegation_agreement (id),
    item_code     varchar(40)  not null references catalogue_item (code),
    unique (agreement_id, item_code)
);
create index agreement_item_item on agreement_item (item_code);

-- Dated status changes: the status on a day is the last change effective on or before it (ACTIVE before any).
create table agreement_status_change (
    id              bigint generated always as identity primary key,
    agreement_id    bigint       not null references delegation_agreement (id),
    status          varchar(12)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    effective_date  date         not null,
    reason          varchar(500),
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null
);
create index agreement_status_change_agreement on agreement_status_change (agreement_id, effective_date, id);
