-- Partial reversals: an entry may be reversed in several parts, never beyond its amount in total.
-- The service checks this under the town's advisory lock; the trigger below is the database's own line behind it: it
-- locks the reversed entry's row (so two reversals of one entry are decided one after the other) and refuses a reversal
-- of a reversal, of another town or category, or one that would take the entry's reversals past its amount. It runs
-- after the insert, so a row that `on conflict do nothing` skips (the demo script loaded again) is not checked.

alter table revenue_entry drop constraint revenue_entry_reversed_once;
create index revenue_entry_reverses on revenue_entry (reverses_id) where reverses_id is not null;

create function revenue_entry_reversal_check() returns trigger language plpgsql as $$
declare
    original revenue_entry%rowtype;
    reversed numeric(18,2);
begin
    select * into original from revenue_entry where id = new.reverses_id for update;
    if original.reverses_id is not null or original.town_code <> new.town_code or original.category <> new.category then
        raise exception 'new row for relation "revenue_entry" violates constraint "revenue_entry_reversal_of_entry"'
            using errcode = 'check_violation', constraint = 'revenue_entry_reversal_of_entry';
    end if;
    -- the new row included: it is already in the table
    select coalesce(-sum(amount), 0) into reversed from revenue_entry where reverses_id = new.reverses_id;
    if reversed > original.amount then
        raise exception 'new row for relation "revenue_entry" violates constraint "revenue_entry_reversal_within_entry"'
            using errcode = 'check_violation', constraint = 'revenue_entry_reversal_within_entry';
    end if;
    return null;
end;
$$;

create trigger revenue_entry_reversal_within_entry after insert on revenue_entry
    for each row when (new.reverses_id is not null) execute function revenue_entry_reversal_check();
