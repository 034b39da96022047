-- The rule a published questionnaire version's content hash follows: 1, every text in every language (the locks stored
-- so far); 2, translations left out, so that a published version may gain a language or have a translation corrected.
-- A rule-1 lock moves to rule 2 the first time its file is found with the locked content (see ContentHash).
alter table questionnaire_version add column hash_rule integer default 1 not null;
