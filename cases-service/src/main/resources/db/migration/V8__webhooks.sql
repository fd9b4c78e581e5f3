-- Webhooks (issue #15): partner organisations subscribe endpoints to event types; each outbox event becomes one
-- delivery per subscription of an organisation that may see its case, sent and retried by WebhookPublisher.
CREATE TABLE webhook_subscription (
    id                     uuid PRIMARY KEY,
    organisation           varchar(40) NOT NULL,
    url                    text        NOT NULL,
    event_types            text[]      NOT NULL,
    status                 varchar(20) NOT NULL,       -- ACTIVE, PAUSED (by the partner), DISABLED (the endpoint said 410)
    secret                 text        NOT NULL,       -- whsec_..., sealed by SecretSeal when a key is set; shown once
    previous_secret        text,                       -- still signs, beside the new one, until it expires
    previous_secret_until  timestamptz,
    failing_since          timestamptz,                -- the endpoint's first failure since it last took a delivery
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
CREATE INDEX webhook_subscription_organisation ON webhook_subscription (organisation, created_at);

CREATE TABLE webhook_delivery (
    id               bigserial PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         bigint      NOT NULL REFERENCES outbox_event (id),
    case_id          uuid        NOT NULL,
    state            varchar(20) NOT NULL,             -- PENDING, DELIVERED, DEAD
    attempts         integer     NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL,
    leased_until     timestamptz,                      -- claimed by a replica, being sent: no other takes it meanwhile
    last_status      integer,
    last_error       text,
    last_latency_ms  integer,
    created_at       timestamptz NOT NULL,
    ended_at         timestamptz
);
-- what is due; and, for the order per case, what of a case is still pending for a subscription
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_pending_case ON webhook_delivery (subscription_id, case_id, event_id) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (subscription_id, id DESC);
