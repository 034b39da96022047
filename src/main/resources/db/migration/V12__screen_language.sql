-- The language a user chose for the screens with the picker in the header; null while they never chose one, so that
-- the screens follow the browser's language.
alter table user_account add column screen_language varchar(8);
