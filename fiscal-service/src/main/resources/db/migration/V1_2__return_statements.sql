-- Issued monthly return statements (返还结算单): documents the county pays from. Once issued a statement never changes
-- (append-only); what the ledger says later about its month goes into the next statement of the year as a "carried from
-- earlier periods" line, or into the year's settlement.
create table return_statement (
    id             bigint generated always as identity primary key,
    town_code      varchar(9)    not null check (town_code ~ '^[0-9]{9}$'),
    period_year    integer       not null check (period_year between 1990 and 2200),
    period_month   integer       not null check (period_month between 1 and 12),
    policy_id      bigint        references policy_version (id),
    policy         text,
    lines          text          not null,
    total_amount   numeric(18,2) not null,
    total_payable  numeric(18,2) not null check (total_payable >= 0),
    issued_on      date          not null,
    issued_by      varchar(200)  not null,
    issued_at      timestamptz   not null,
    note           varchar(500),
    constraint return_statement_once unique (town_code, period_year, period_month),
    constraint return_statement_after_period check (issued_on > make_date(period_year, period_month, 1)
        + interval '1 month' - interval '1 day')
);
create trigger return_statement_append_only before update or delete on return_statement
    for each row execute function fiscal_append_only();

-- Policy versions now hold from the 1st of a month to the last day of a month (a county may replace a version from any
-- month, e.g. 1 July); the span check is unchanged, the month boundaries are checked by the service.
comment on table policy_version is 'Sharing policy versions: whole months, never overlapping within a town';
