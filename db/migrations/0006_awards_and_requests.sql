-- 0006: manual awards, award requests (four-eyes approvals) and the approval settings.

-- Global default (tenant_id NULL) and per-tenant overrides.
CREATE TABLE public.gamification_settings (
    id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id                   uuid REFERENCES public.tenants (id),
    award_approval_threshold    integer NOT NULL CHECK (award_approval_threshold > 0),
    award_request_expiry_days   integer NOT NULL DEFAULT 14 CHECK (award_request_expiry_days BETWEEN 1 AND 365),
    updated_by                  uuid REFERENCES public.users (id),
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_settings_scope_key UNIQUE NULLS NOT DISTINCT (tenant_id)
);
INSERT INTO public.gamification_settings (id, tenant_id, award_approval_threshold, created_at, updated_at)
VALUES ('00000000-0000-4000-8000-0000000000a1', NULL, 500, '2026-01-01 00:00:00+00', '2026-01-01 00:00:00+00');

CREATE TABLE public.gamification_admin_awards (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid NOT NULL REFERENCES public.tenants (id),
    actor_user_id     uuid NOT NULL REFERENCES public.users (id),
    award_type        text NOT NULL DEFAULT 'coins' CHECK (award_type IN ('coins', 'xp', 'achievement')),
    amount            integer NOT NULL CHECK (amount > 0 AND amount <= 1000000),
    achievement_id    uuid,
    message           text NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
    idempotency_key   text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    request_hash      text,
    request_id        uuid,
    recipient_count   integer NOT NULL DEFAULT 0 CHECK (recipient_count BETWEEN 0 AND 10000),
    source            text NOT NULL DEFAULT 'admin_award',
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_admin_awards_key UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX gamification_admin_awards_tenant_time_idx
    ON public.gamification_admin_awards (tenant_id, created_at DESC, id DESC);
CREATE INDEX gamification_admin_awards_actor_time_idx
    ON public.gamification_admin_awards (actor_user_id, created_at DESC);
CALL public.dicedesk_make_append_only('public.gamification_admin_awards');

CREATE TABLE public.gamification_admin_award_recipients (
    id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    award_id             uuid NOT NULL REFERENCES public.gamification_admin_awards (id),
    tenant_id            uuid NOT NULL REFERENCES public.tenants (id),
    user_id              uuid NOT NULL REFERENCES public.users (id),
    coin_transaction_id  uuid REFERENCES public.coin_transactions (id),
    xp_transaction_id    uuid REFERENCES public.xp_transactions (id),
    balance_after        integer,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_admin_award_recipients_key UNIQUE (award_id, user_id)
);
CREATE INDEX gamification_admin_award_recipients_user_idx
    ON public.gamification_admin_award_recipients (user_id, created_at DESC);
CALL public.dicedesk_make_append_only('public.gamification_admin_award_recipients');

CREATE TABLE public.gamification_admin_award_requests (
    id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id           uuid NOT NULL REFERENCES public.tenants (id),
    requester_user_id   uuid NOT NULL REFERENCES public.users (id),
    award_type          text NOT NULL DEFAULT 'coins' CHECK (award_type IN ('coins', 'xp', 'achievement')),
    amount              integer NOT NULL CHECK (amount > 0 AND amount <= 1000000),
    achievement_id      uuid,
    message             text NOT NULL CHECK (length(message) BETWEEN 1 AND 1000),
    idempotency_key     text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    request_hash        text,
    recipient_count     integer NOT NULL DEFAULT 0 CHECK (recipient_count BETWEEN 0 AND 10000),
    status              text NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'approved', 'rejected', 'expired', 'cancelled')),
    award_id            uuid REFERENCES public.gamification_admin_awards (id),
    decided_by_user_id  uuid REFERENCES public.users (id),
    decided_at          timestamptz,
    decision_reason     text CHECK (length(decision_reason) <= 1000),
    expires_at          timestamptz NOT NULL DEFAULT now() + interval '14 days',
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_admin_award_requests_key UNIQUE (tenant_id, idempotency_key),
    CONSTRAINT gamification_admin_award_requests_decider_not_requester
        CHECK (decided_by_user_id IS DISTINCT FROM requester_user_id),
    CONSTRAINT gamification_admin_award_requests_decision_complete
        CHECK (status IN ('pending', 'expired', 'cancelled')
               OR (decided_at IS NOT NULL AND decided_by_user_id IS NOT NULL))
);
CREATE INDEX gamification_admin_award_requests_pending_idx
    ON public.gamification_admin_award_requests (created_at, id) WHERE status = 'pending';
CREATE INDEX gamification_admin_award_requests_tenant_time_idx
    ON public.gamification_admin_award_requests (tenant_id, created_at DESC, id DESC);
CREATE INDEX gamification_admin_award_requests_requester_idx
    ON public.gamification_admin_award_requests (requester_user_id, created_at DESC);

CREATE TABLE public.gamification_admin_award_request_recipients (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    request_id  uuid NOT NULL REFERENCES public.gamification_admin_award_requests (id),
    tenant_id   uuid NOT NULL REFERENCES public.tenants (id),
    user_id     uuid NOT NULL REFERENCES public.users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_admin_award_request_recipients_key UNIQUE (request_id, user_id)
);
CALL public.dicedesk_make_append_only('public.gamification_admin_award_request_recipients');
