insert into organisation (code, name, kind, parent_id) values
    ('BLK', 'Byrådslederens kontor', 'MAYORS_OFFICE', null),
    ('FIN', 'Byrådsavdeling for finans', 'DEPARTMENT', null),
    ('MOS', 'Byrådsavdeling for miljø og samferdsel', 'DEPARTMENT', null),
    ('BYU', 'Byrådsavdeling for byutvikling', 'DEPARTMENT', null),
    ('OBK', 'Byrådsavdeling for oppvekst og kunnskap', 'DEPARTMENT', null),
    ('HEI', 'Byrådsavdeling for helse, eldre og innbyggertjenester', 'DEPARTMENT', null),
    ('KUN', 'Byrådsavdeling for kultur og næring', 'DEPARTMENT', null);

insert into organisation (code, name, kind, parent_id)
select v.code, v.name, 'AGENCY', d.id
from (values
    ('UKE', 'Utviklings- og kompetanseetaten', 'FIN'),
    ('KEM', 'Kemnerkontoret', 'FIN'),
    ('BYM', 'Bymiljøetaten', 'MOS'),
    ('VAV', 'Vann- og avløpsetaten', 'MOS'),
    ('REG', 'Renovasjons- og gjenvinningsetaten', 'MOS'),
    ('PBE', 'Plan- og bygningsetaten', 'BYU'),
    ('EBY', 'Eiendoms- og byfornyelsesetaten', 'BYU'),
    ('UDE', 'Utdanningsetaten', 'OBK'),
    ('BFE', 'Barne- og familieetaten', 'OBK'),
    ('HELSE', 'Helseetaten', 'HEI'),
    ('SYE', 'Sykehjemsetaten', 'HEI'),
    ('VEL', 'Velferdsetaten', 'HEI'),
    ('KULT', 'Kulturetaten', 'KUN'),
    ('NÆR', 'Næringsetaten', 'KUN')
) as v (code, name, department)
join organisation d on d.code = v.department;

insert into role_title (role_key, side, label_nb, label_en, position) values
    ('byrad', 'POLITICAL', 'Byråd', 'Commissioner (byråd)', 10),
    ('byradssekretaer', 'POLITICAL', 'Byrådssekretær', 'Political secretary (byrådssekretær)', 20),
    ('kommunaldirektor', 'DEPARTMENT', 'Kommunaldirektør', 'Director general (kommunaldirektør)', 30),
    ('ass-kommunaldirektor', 'DEPARTMENT', 'Assisterende kommunaldirektør', 'Deputy director general', 40),
    ('seksjonssjef', 'DEPARTMENT', 'Seksjonssjef', 'Head of section', 50),
    ('byr-ledergruppe', 'DEPARTMENT', 'Byrådsavdelingens ledergruppe', 'Department leader group', 60),
    ('byr-utvalgte', 'DEPARTMENT', 'Utvalgte medarbeidere i byrådsavdelingen', 'Selected department staff', 70),
    ('byr-radgiver', 'DEPARTMENT', 'Rådgiver/saksbehandler i byrådsavdelingen', 'Department adviser/case officer', 80),
    ('etatssjef', 'AGENCY', 'Etatssjef/virksomhetsleder', 'Agency director (etatssjef)', 90),
    ('etat-ledergruppe', 'AGENCY', 'Virksomhetens ledergruppe', 'Agency leader group', 100),
    ('etat-utvalgte', 'AGENCY', 'Utvalgte medarbeidere i virksomheten', 'Selected agency staff', 110),
    ('prosjektleder', 'AGENCY', 'Prosjektleder', 'Project manager', 120),
    ('etat-fagperson', 'AGENCY', 'Fagperson/saksbehandler i virksomheten', 'Agency specialist/case officer', 130);
