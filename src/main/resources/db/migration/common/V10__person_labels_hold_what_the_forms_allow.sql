-- A person as written on what they did is "name (role title)", each up to 200 characters as the forms allow, so up to
-- 403 characters; the audit log writes the user name in front. These columns were 200 and refused long names.
alter table poster alter column created_by set data type varchar(500);
alter table poster alter column last_changed_by set data type varchar(500);
alter table poster_cell alter column changed_by set data type varchar(500);
alter table poster_change alter column changed_by set data type varchar(500);
alter table poster_flag alter column created_by set data type varchar(500);
alter table poster_flag alter column resolved_by set data type varchar(500);
alter table workshop alter column opened_by set data type varchar(500);
alter table workshop alter column closed_by set data type varchar(500);
alter table poster_version alter column locked_by set data type varchar(500);
alter table audit_event alter column actor set data type varchar(600);
