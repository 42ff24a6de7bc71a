-- 0007: achievement definitions (hybrid global/tenant scope), translations, unlocks.

CREATE TYPE public.achievement_status_enum AS ENUM ('draft', 'active', 'archived');

CREATE TABLE public.achievements (
    id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    achievement_key  text CHECK (achievement_key ~ '^[a-z0-9][a-z0-9_.-]{1,63}$'),
    name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description      text CHECK (length(description) <= 2000),
    icon_url         text,
    badge_color      text CHECK (badge_color ~ '^#[0-9a-fA-F]{6}$'),
    icon_config      jsonb CHECK (pg_column_size(icon_config) <= 65536),
    condition_type   text NOT NULL CHECK (length(condition_type) BETWEEN 1 AND 64),
    condition_value  integer CHECK (condition_value >= 0),
    unlock_criteria  jsonb NOT NULL DEFAULT '{"type": "manual", "params": {}}'::jsonb
                     CHECK (unlock_criteria ->> 'type' IN ('event', 'milestone', 'manual')),
    is_easter_egg    boolean NOT NULL DEFAULT false,
    hint_text        text CHECK (length(hint_text) <= 500),
    tenant_id        uuid REFERENCES public.tenants (id),
    scope_tenant_id  uuid GENERATED ALWAYS AS
                     (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)) STORED,
    scope            text NOT NULL DEFAULT 'global' CHECK (scope IN ('global', 'tenant')),
    status           public.achievement_status_enum NOT NULL DEFAULT 'draft',
    created_by       uuid REFERENCES public.users (id),
    updated_by       uuid REFERENCES public.users (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT achievements_scope_matches_tenant CHECK ((scope = 'global') = (tenant_id IS NULL))
);
CREATE UNIQUE INDEX achievements_scope_key_uidx
    ON public.achievements (scope_tenant_id, achievement_key) WHERE achievement_key IS NOT NULL;
CREATE INDEX achievements_list_idx ON public.achievements (scope_tenant_id, status, created_at DESC, id DESC);

CREATE TABLE public.achievement_translations (
    id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    achievement_id uuid NOT NULL REFERENCES public.achievements (id) ON DELETE CASCADE,
    locale         text NOT NULL CHECK (locale IN ('sv', 'en', 'no')),
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description    text CHECK (length(description) <= 2000),
    hint_text      text CHECK (length(hint_text) <= 500),
    criteria_text  text CHECK (length(criteria_text) <= 1000),
    CONSTRAINT achievement_translations_locale_key UNIQUE (achievement_id, locale)
);

-- Every change keeps the previous definition, its author, time and reason.
CREATE TABLE public.achievement_versions (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    achievement_id  uuid NOT NULL REFERENCES public.achievements (id),
    version         integer NOT NULL CHECK (version >= 1),
    definition      jsonb NOT NULL,
    changed_by      uuid REFERENCES public.users (id),
    change_reason   text CHECK (length(change_reason) <= 1000),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT achievement_versions_key UNIQUE (achievement_id, version)
);
CALL public.dicedesk_make_append_only('public.achievement_versions');

CREATE TABLE public.user_achievements (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    achievement_id  uuid NOT NULL REFERENCES public.achievements (id),
    user_id         uuid NOT NULL REFERENCES public.users (id),
    tenant_id       uuid REFERENCES public.tenants (id),
    unlocked_at     timestamptz NOT NULL DEFAULT now(),
    source          text NOT NULL DEFAULT 'event' CHECK (source IN ('event', 'admin_award', 'tenant_award', 'system', 'seed')),
    CONSTRAINT user_achievements_once_per_user UNIQUE (user_id, achievement_id)
);
CREATE INDEX user_achievements_achievement_idx ON public.user_achievements (achievement_id);
CREATE INDEX user_achievements_user_time_idx ON public.user_achievements (user_id, unlocked_at DESC);
