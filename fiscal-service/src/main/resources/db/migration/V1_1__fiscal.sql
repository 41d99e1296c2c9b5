-- fiscal-service (SPEC §3): revenue ledger, sharing policies, disbursements, annual settlements.
-- Towns are references (personnel-service is their system of record): a 9-digit code, no foreign key.

create function fiscal_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: correct it with a new record', tg_table_name using errcode = '42501';
end;
$$;

-- 3.1 Revenue ledger. Append-only; a correction is a reversing entry naming the entry it reverses.
-- Amounts are yuan, except FARMLAND_RECLAIMED_MU which is a quantity in mu (same scale: 0.01 mu).
create table revenue_entry (
    id               bigint generated always as identity primary key,
    town_code        varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    period_year      integer       not null check (period_year between 1990 and 2200),
    period_month     integer       not null check (period_month between 1 and 12),
    category         varchar(30)   not null check (category in ('TAX_EXISTING', 'TAX_NEW_ENTERPRISE',
                         'LAND_TRANSFER_NET', 'ADMIN_FEES', 'MINING_RIGHTS', 'SOCIAL_SUPPORT_FEE', 'INFRA_FEE',
                         'FARMLAND_RECLAIMED_MU')),
    amount           numeric(18,2) not null check (amount <> 0),
    source_system    varchar(50)   not null,
    external_ref     varchar(100)  not null,
    enterprise_uscc  varchar(18),
    reverses_id      bigint        references revenue_entry (id),
    entry_date       date          not null,
    note             varchar(500),
    recorded_by      varchar(200)  not null,
    recorded_at      timestamptz   not null,
    constraint revenue_entry_source_ref unique (source_system, external_ref),
    constraint revenue_entry_reversed_once unique (reverses_id),
    constraint revenue_entry_sign check ((reverses_id is null and amount > 0) or (reverses_id is not null and amount < 0))
);
create index revenue_entry_town_period on revenue_entry (town_code, period_year, period_month, category);
create trigger revenue_entry_append_only before update or delete on revenue_entry
    for each row execute function fiscal_append_only();

-- 3.2 Sharing policies: versions per town, whole calendar years, never overlapping (checked under a per-town lock).
create table policy_version (
    id            bigint generated always as identity primary key,
    town_code     varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    version_no    integer       not null check (version_no >= 1),
    name          varchar(200)  not null,
    document_ref  varchar(200),
    valid_from    date          not null,
    valid_to      date,
    note          varchar(2000),
    created_by    varchar(200)  not null,
    created_at    timestamptz   not null,
    end_reason    varchar(500),
    version       bigint        not null default 0,
    constraint policy_version_no unique (town_code, version_no),
    constraint policy_version_span check (valid_to is null or valid_to >= valid_from)
);

create table policy_rule (
    id           bigint generated always as identity primary key,
    policy_id    bigint        not null references policy_version (id),
    position     integer       not null,
    kind         varchar(30)   not null check (kind in ('EXCESS_OVER_BASELINE', 'PROPORTIONAL', 'FULL_RETURN',
                     'PER_UNIT')),
    categories   varchar(300)  not null,
    rate         numeric(7,4)  check (rate > 0 and rate <= 1),
    baseline     numeric(18,2) check (baseline >= 0),
    base_year    integer,
    unit_amount  numeric(18,2) check (unit_amount > 0),
    earmark      varchar(100),
    label        varchar(200),
    constraint policy_rule_position unique (policy_id, position)
);
create trigger policy_rule_append_only before update or delete on policy_rule
    for each row execute function fiscal_append_only();

-- Fixed amounts the county budgets for a town under a policy (e.g. 临溪镇's 2009 start-up fund): not returns.
create table policy_grant (
    id          bigint generated always as identity primary key,
    policy_id   bigint        not null references policy_version (id),
    grant_year  integer       not null,
    amount      numeric(18,2) not null check (amount > 0),
    purpose     varchar(300)  not null
);
create trigger policy_grant_append_only before update or delete on policy_grant
    for each row execute function fiscal_append_only();

-- 3.4 Disbursements (调拨): append-only, against a period and an earmark (null = general purpose).
create table disbursement (
    id            bigint generated always as identity primary key,
    town_code     varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    period_year   integer       not null check (period_year between 1990 and 2200),
    period_month  integer       not null check (period_month between 1 and 12),
    earmark       varchar(100),
    voucher_no    varchar(60)   not null,
    disbursed_on  date          not null,
    amount        numeric(18,2) not null check (amount > 0),
    note          varchar(500),
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null,
    constraint disbursement_voucher unique (town_code, voucher_no)
);
create index disbursement_town_period on disbursement (town_code, period_year, period_month);
create trigger disbursement_append_only before update or delete on disbursement
    for each row execute function fiscal_append_only();

-- 3.5 Annual settlements (决算). A year is closed while its latest settlement is SETTLED; reopening keeps the record.
create table settlement (
    id               bigint generated always as identity primary key,
    town_code        varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    settlement_year  integer       not null check (settlement_year between 1990 and 2200),
    status           varchar(20)   not null check (status in ('SETTLED', 'REOPENED')),
    policy_id        bigint        references policy_version (id),
    settled_on       date          not null,
    settled_by       varchar(200)  not null,
    settled_at       timestamptz   not null,
    annual_return    numeric(18,2) not null,
    monthly_payable  numeric(18,2) not null,
    adjustment       numeric(18,2) not null,
    lines            text          not null,
    note             varchar(500),
    reopened_on      date,
    reopened_by      varchar(200),
    reopened_at      timestamptz,
    reopen_reason    varchar(1000),
    version          bigint        not null default 0
);
create unique index settlement_one_settled on settlement (town_code, settlement_year) where status = 'SETTLED';
create index settlement_town_year on settlement (town_code, settlement_year, id);
