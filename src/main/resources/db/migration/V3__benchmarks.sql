-- Benchmarks: an operator's consent to show its named results to partnership leads.
alter table organization add column share_named_results boolean default false not null;
