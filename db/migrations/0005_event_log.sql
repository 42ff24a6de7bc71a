-- 0005: one append-only event log. Lekbanken's contract-v1 fields plus the seeds' own
-- (persona, site, token_type, amount, simulation_run_id; source_system, source_event_id).
-- A replayed upstream event lands once: the idempotency key is unique per tenant and source,
-- and an upstream (source_system, source_event_id) pair is unique when both are set.

CREATE TABLE public.gamification_events (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id          uuid REFERENCES public.tenants (id),
    actor_user_id      uuid NOT NULL REFERENCES public.users (id),
    event_type         text NOT NULL CHECK (event_type ~ '^[a-z][a-z0-9_.:-]{0,63}$'),
    source             text NOT NULL CHECK (source IN ('planner', 'play', 'admin', 'system', 'content', 'engagement')),
    idempotency_key    text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    metadata           jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(metadata) <= 65536),
    persona            text CHECK (length(persona) <= 64),
    site               text CHECK (length(site) <= 128),
    token_type         text CHECK (length(token_type) <= 32),
    amount             numeric CHECK (amount >= 0),
    simulation_run_id  text CHECK (length(simulation_run_id) <= 128),
    source_system      text CHECK (source_system IN ('webhook', 'app', 'stripe', 'segment', 'manual', 'cron_worker', 'seed')),
    source_event_id    text CHECK (length(source_event_id) <= 200),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX gamification_events_idempotency_uidx
    ON public.gamification_events
       (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), source, idempotency_key);
CREATE UNIQUE INDEX gamification_events_source_event_uidx
    ON public.gamification_events (source_system, source_event_id)
    WHERE source_system IS NOT NULL AND source_event_id IS NOT NULL;
CREATE INDEX gamification_events_tenant_time_idx
    ON public.gamification_events (tenant_id, created_at DESC, id DESC) INCLUDE (actor_user_id);
CREATE INDEX gamification_events_actor_time_idx
    ON public.gamification_events (actor_user_id, created_at DESC);
CALL public.dicedesk_make_append_only('public.gamification_events');
