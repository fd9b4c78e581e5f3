-- Idempotency-Key on the organisers' creations (events, offers, testimonials): the shared store module's table, each
-- caller's keys their own; a retry with the same key and body replays the first answer kept here.
create table idempotency_key (
    client_id text not null,
    key varchar(200) not null,
    request_hash varchar(64) not null,
    resource_id uuid,
    response_body jsonb,
    created_at timestamptz not null,
    primary key (client_id, key)
);
create index idempotency_key_resource on idempotency_key (resource_id);
