-- Meetings and steering documents are placed in the year: every existing meeting gets an empty months field, every
-- poster empty months for its steering documents; the pair fills them in (the template suggests months)
insert into poster_cell (poster_id, row_id, field_key, cell_value, revision, changed_at, changed_by)
select r.poster_id, r.id, 'months', '', 0, p.created_at, p.created_by
from poster_row r
join poster p on p.id = r.poster_id
where r.list_key = 'MEETINGS'
  and not exists (select 1 from poster_cell c where c.row_id = r.id and c.field_key = 'months');

insert into poster_cell (poster_id, row_id, field_key, cell_value, revision, changed_at, changed_by)
select p.id, null, f.field_key, '', 0, p.created_at, p.created_by
from poster p
cross join (values
    ('documents.allocation.months'), ('documents.reporting.months'), ('documents.annualReport.months'),
    ('documents.assignment.months')
) as f (field_key)
where not exists (select 1 from poster_cell c where c.poster_id = p.id and c.row_id is null and c.field_key = f.field_key);

-- New fields are new content: an approval given before them lapses, as after any change
update poster_approval set voided_at = current_timestamp, void_reason = 'CHANGED' where voided_at is null;

-- The address of a poster's calendar feed: the token is its only key, so a member renews it to shut out an old one
create table calendar_feed (
    poster_id  bigint primary key references poster (id) on delete cascade,
    token      varchar(64)  not null unique,
    created_at timestamp(6) with time zone not null,
    created_by varchar(200) not null,
    version    bigint       not null
);

-- Review reminder mails already sent: one 30 days before a review date and one on the day, never twice
create table review_reminder (
    poster_id   bigint      not null references poster (id) on delete cascade,
    review_date date        not null,
    reminder    varchar(20) not null,
    sent_at     timestamp(6) with time zone not null,
    recipients  int         not null,
    primary key (poster_id, review_date, reminder)
);

-- Where review reminders go; empty for accounts that get none
alter table app_user add column email varchar(200);
