-- An assessment whose every practice is not applicable has no level (and no score); a not-applicable domain has no
-- level either: both are stored as null instead of a level that was never reached.
alter table score_snapshot alter column overall_level drop not null;
alter table score_snapshot_domain alter column level_reached drop not null;
update score_snapshot set overall_level = null where overall_score is null and overall_band is null
    and not exists (select 1 from score_snapshot_domain d where d.snapshot_id = score_snapshot.id and d.applicable);
update score_snapshot_domain set level_reached = null where applicable = false;
