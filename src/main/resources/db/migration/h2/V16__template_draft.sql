-- The mayor's office writes the next template version in the app: one draft per template
create table template_draft (
    template_key varchar(50)  primary key,
    based_on     int          not null,
    content      clob         not null,
    changed_at   timestamp(6) with time zone not null,
    changed_by   varchar(200) not null,
    revision     bigint       not null
);
