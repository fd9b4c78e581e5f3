-- The shared mail sender (module mail) reads the same columns in every service's outbox; welcome-service's mails are
-- one-off (confirmations, invitations, surveys) and carry no unsubscribe address, so it stays null here.
alter table mail_outbox add column unsubscribe_url text;
