-- A registrant who wants to settle, turned into a quick request of cases-service: the link is kept on the registration.
alter table registration add column quick_request_id uuid;
alter table registration add column quick_request_by text;
alter table registration add column quick_request_at timestamptz;
