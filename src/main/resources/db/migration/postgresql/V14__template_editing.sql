-- The mayor's office writes the next template version in the app: one draft per template
create table template_draft (
    template_key varchar(50)  primary key,
    based_on     int          not null,
    content      text         not null,
    changed_at   timestamp(6) with time zone not null,
    changed_by   varchar(200) not null,
    revision     bigint       not null
);

-- Who published a version and why
alter table template_version add column published_by varchar(200) default '' not null;
alter table template_version add column change_note varchar(2000) default '' not null;

-- A role the template no longer offers keeps its label for the posters and versions that name it
alter table role_title add column retired boolean default false not null;
