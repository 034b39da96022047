-- Indexes for the queries of the screens and the benchmarks that had none: an organization's snapshots of one
-- questionnaire (trends, own position, carried-over answers) and an organization's users (coordinators' screens,
-- mail recipients).
create index ix_score_snapshot_organization on score_snapshot (organization_id, questionnaire_id);
create index ix_user_account_organization on user_account (organization_id);
