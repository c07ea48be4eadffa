-- Meeting names the mayor's office has marked as another word for a standard meeting type of the template
create table meeting_term (
    term         varchar(200) primary key,
    meeting_type varchar(50)  not null,
    marked_by    varchar(200) not null,
    marked_at    timestamp(6) with time zone not null,
    version      bigint       not null
);

-- Every poster gets a reason field for each common rule of the template, empty until the pair gives a reason
insert into poster_cell (poster_id, row_id, field_key, cell_value, revision, changed_at, changed_by)
select p.id, null, r.field_key, '', 0, p.created_at, p.created_by
from poster p
cross join (values
    ('reason.etatsstyring-hyppighet'), ('reason.etatsstyring-referat'), ('reason.referat-offentlig'),
    ('reason.formelle-dokumenteres'), ('reason.referat-roller'), ('reason.kontaktmote-hyppighet'),
    ('reason.signaler-skriftlig')
) as r (field_key)
where not exists (select 1 from poster_cell c where c.poster_id = p.id and c.row_id is null and c.field_key = r.field_key);

-- The reason fields are new content: an approval given before them was of other content, so it lapses as after any
-- change (and the lock, which compares the content's hash, would refuse it anyway)
update poster_approval set voided_at = current_timestamp, void_reason = 'CHANGED' where voided_at is null;
