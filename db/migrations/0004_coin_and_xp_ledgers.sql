-- 0004: the DiceCoin ledger and wallet, the XP ledger, progress and level definitions.
-- Money and XP are integers; a wallet always equals the sum of its ledger entries.

CREATE TABLE public.coin_transactions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES public.users (id),
    tenant_id        uuid REFERENCES public.tenants (id),
    type             text NOT NULL CHECK (type IN ('earn', 'spend')),
    amount           integer NOT NULL CHECK (amount > 0),
    description      text CHECK (length(description) <= 1000),
    reason_code      text CHECK (reason_code ~ '^[a-z][a-z0-9_.:-]{0,63}$'),
    idempotency_key  text CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    source           text CHECK (length(source) <= 64),
    metadata         jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(metadata) <= 65536),
    reversal_of      uuid UNIQUE REFERENCES public.coin_transactions (id),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX coin_transactions_idempotency_uidx
    ON public.coin_transactions (user_id, tenant_id, idempotency_key) NULLS NOT DISTINCT
    WHERE idempotency_key IS NOT NULL;
-- Keyset pages per tenant (console lists, overview sums) and per wallet.
CREATE INDEX coin_transactions_tenant_time_idx
    ON public.coin_transactions (tenant_id, created_at DESC, id DESC) INCLUDE (type, amount);
CREATE INDEX coin_transactions_wallet_time_idx
    ON public.coin_transactions (tenant_id, user_id, created_at DESC, id DESC);
CREATE INDEX coin_transactions_user_idx ON public.coin_transactions (user_id);
CALL public.dicedesk_make_append_only('public.coin_transactions');

CREATE TABLE public.user_coins (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id       uuid NOT NULL REFERENCES public.users (id),
    tenant_id     uuid REFERENCES public.tenants (id),
    balance       integer NOT NULL DEFAULT 0 CHECK (balance >= 0),
    total_earned  bigint NOT NULL DEFAULT 0 CHECK (total_earned >= 0),
    total_spent   bigint NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_coins_balance_matches_totals CHECK (balance = total_earned - total_spent),
    CONSTRAINT user_coins_user_tenant_key UNIQUE NULLS NOT DISTINCT (user_id, tenant_id)
);
CREATE INDEX user_coins_tenant_idx ON public.user_coins (tenant_id, balance DESC);

CREATE TABLE public.xp_transactions (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id          uuid NOT NULL REFERENCES public.users (id),
    tenant_id        uuid REFERENCES public.tenants (id),
    amount           integer NOT NULL CHECK (amount <> 0 AND abs(amount) <= 1000000),
    reason_code      text CHECK (reason_code ~ '^[a-z][a-z0-9_.:-]{0,63}$'),
    idempotency_key  text CHECK (length(idempotency_key) BETWEEN 8 AND 200),
    source           text CHECK (length(source) <= 64),
    metadata         jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (pg_column_size(metadata) <= 65536),
    reversal_of      uuid UNIQUE REFERENCES public.xp_transactions (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    -- Only a reversal may be negative, and it must name what it reverses.
    CONSTRAINT xp_transactions_negative_only_as_reversal CHECK (amount > 0 OR reversal_of IS NOT NULL)
);
CREATE UNIQUE INDEX xp_transactions_idempotency_uidx
    ON public.xp_transactions (user_id, tenant_id, idempotency_key) NULLS NOT DISTINCT
    WHERE idempotency_key IS NOT NULL;
CREATE INDEX xp_transactions_tenant_time_idx
    ON public.xp_transactions (tenant_id, created_at DESC, id DESC);
CALL public.dicedesk_make_append_only('public.xp_transactions');

CREATE TABLE public.user_progress (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id        uuid NOT NULL REFERENCES public.users (id),
    tenant_id      uuid REFERENCES public.tenants (id),
    level          integer NOT NULL DEFAULT 1 CHECK (level >= 1),
    current_xp     bigint NOT NULL DEFAULT 0 CHECK (current_xp >= 0),
    next_level_xp  integer NOT NULL DEFAULT 1000 CHECK (next_level_xp >= 0),
    xp_grants      jsonb[] NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT user_progress_user_tenant_key UNIQUE NULLS NOT DISTINCT (user_id, tenant_id)
);

CREATE TABLE public.gamification_level_definitions (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id         uuid REFERENCES public.tenants (id),
    level             integer NOT NULL CHECK (level >= 1),
    name              text CHECK (length(name) <= 100),
    next_level_xp     integer NOT NULL DEFAULT 1000 CHECK (next_level_xp >= 0),
    next_reward       text,
    reward_asset_key  text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT gamification_level_definitions_scope_level_key UNIQUE NULLS NOT DISTINCT (tenant_id, level)
);

-- Fixed ids and times, so two freshly migrated databases are identical.
INSERT INTO public.gamification_level_definitions (id, tenant_id, level, name, next_level_xp, created_at, updated_at)
SELECT v.id::uuid, NULL, v.level, v.name, v.xp, '2026-01-01 00:00:00+00', '2026-01-01 00:00:00+00'
  FROM (VALUES ('00000000-0000-4000-8000-0000000000c1', 1, 'Nybörjare', 1000),
               ('00000000-0000-4000-8000-0000000000c2', 2, 'Utforskare', 1500),
               ('00000000-0000-4000-8000-0000000000c3', 3, 'Lekledare', 2000),
               ('00000000-0000-4000-8000-0000000000c4', 4, 'Expert', 2500),
               ('00000000-0000-4000-8000-0000000000c5', 5, 'Mästare', 3000)) AS v (id, level, name, xp);
