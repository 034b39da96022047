-- Score snapshot history: a reopened or returned assessment keeps its submitted snapshot, a new submission adds one and
-- marks the earlier one superseded (benchmarks read the latest, superseded_at is null).
create index ix_score_snapshot_assessment on score_snapshot (assessment_id);
alter table score_snapshot drop constraint uk_score_snapshot_assessment;
alter table score_snapshot add column superseded_at timestamp;

-- A partnership lead's extension of a campaign's closing day for one organization (audited).
alter table assessment add column closes_on_extended date;

-- Where a carried-over answer comes from: who answered it and when, in the earlier campaign.
alter table answer add column origin_by varchar(100);
alter table answer add column origin_at timestamp;
