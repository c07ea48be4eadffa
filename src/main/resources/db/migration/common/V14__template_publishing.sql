-- Who published a template version and why
alter table template_version add column published_by varchar(200) default '' not null;
alter table template_version add column change_note varchar(2000) default '' not null;

-- A role the template no longer offers keeps its label for the posters and versions that name it
alter table role_title add column retired boolean default false not null;
